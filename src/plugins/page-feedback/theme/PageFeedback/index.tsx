// "Was this page helpful?" under every doc. Yes thanks the reader; No opens a
// short form whose button is a link to the page-is-wrong issue form,
// prefilled for this page and its owner. Selecting text in the doc offers
// "Report this", which quotes the selection in the same form. Without
// JavaScript the block is one plain link to the form with the page filled in.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import { ownerOf, usePageFeedbackData } from '../../client/use-page-feedback.ts';
import { useTextSelection } from '../../client/use-text-selection.ts';
import { pageReportUrl, PROBLEM_KINDS, type ProblemKind } from '../../shared/issue-url.ts';
import styles from './styles.module.css';

type Answer = 'none' | 'yes' | 'no';

export default function PageFeedback(): ReactNode {
  const data = usePageFeedbackData();
  const { metadata, frontMatter } = useDoc();
  const isBrowser = useIsBrowser();
  const [answer, setAnswer] = useState<Answer>('none');
  const [kind, setKind] = useState<ProblemKind | null>(null);
  const [text, setText] = useState('');
  const [quote, setQuote] = useState('');
  const formRef = useRef<HTMLFieldSetElement>(null);
  const selection = useTextSelection(isBrowser);
  const ids = useId();
  if (!data) return null;

  const owner = ownerOf(data, (frontMatter as { owner?: unknown }).owner);
  const report = { page: metadata.permalink, title: metadata.title, owner, commit: data.commit };
  const reportUrl = pageReportUrl(data.issuesNewUrl, { ...report, kind, text, quote });

  const reportSelection = () => {
    if (!selection) return;
    setQuote(selection.text);
    setAnswer('no');
    window.getSelection()?.removeAllRanges();
  };

  return (
    <section className={styles.feedback} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className={styles.heading}>
        Was this page helpful?
      </h2>
      {!isBrowser ? (
        <p>
          <a href={pageReportUrl(data.issuesNewUrl, report)}>Tell {owner.name} what is missing or wrong</a> in a GitHub
          issue.
        </p>
      ) : answer === 'none' ? (
        <div className={styles.answers}>
          <button type="button" className="button button--outline button--primary" onClick={() => setAnswer('yes')}>
            Yes
          </button>
          <button type="button" className="button button--outline button--primary" onClick={() => setAnswer('no')}>
            No
          </button>
        </div>
      ) : null}
      <p role="status" className={styles.thanks}>
        {answer === 'yes' ? 'Thank you! Knowing what works helps the owners keep it that way.' : ''}
      </p>
      {answer === 'no' && (
        <ProblemForm
          fieldsetRef={formRef}
          ids={ids}
          ownerName={owner.name}
          kind={kind}
          onKind={setKind}
          text={text}
          onText={setText}
          quote={quote}
          onRemoveQuote={() => setQuote('')}
          reportUrl={reportUrl}
        />
      )}
      {selection &&
        createPortal(
          <button
            type="button"
            className={`button button--sm button--primary ${styles.reportSelection}`}
            style={{ top: selection.bottom, left: selection.left }}
            // Keep the selection: a mousedown would clear it before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={reportSelection}
          >
            Report this
          </button>,
          document.body,
        )}
    </section>
  );
}

type ProblemFormProps = {
  fieldsetRef: React.RefObject<HTMLFieldSetElement | null>;
  ids: string;
  ownerName: string;
  kind: ProblemKind | null;
  onKind: (kind: ProblemKind) => void;
  text: string;
  onText: (text: string) => void;
  quote: string;
  onRemoveQuote: () => void;
  reportUrl: string;
};

function ProblemForm(props: ProblemFormProps): ReactNode {
  const { fieldsetRef, ids } = props;
  // Focus moves into the form it opened, so keyboard and screen-reader users land on the question.
  useEffect(() => {
    fieldsetRef.current?.querySelector('input')?.focus();
  }, [fieldsetRef]);
  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
      <fieldset ref={fieldsetRef} className={styles.kinds}>
        <legend>What was wrong?</legend>
        {PROBLEM_KINDS.map((option) => (
          <label key={option} className={styles.kind}>
            <input
              type="radio"
              name={`${ids}-kind`}
              value={option}
              checked={props.kind === option}
              onChange={() => props.onKind(option)}
            />{' '}
            {option}
          </label>
        ))}
      </fieldset>
      {props.quote !== '' && (
        <figure className={styles.quote}>
          <figcaption>The text you selected</figcaption>
          <blockquote>{props.quote}</blockquote>
          <button type="button" className="button button--sm button--secondary" onClick={props.onRemoveQuote}>
            Remove the quote
          </button>
        </figure>
      )}
      <label htmlFor={`${ids}-text`} className={styles.textLabel}>
        Tell us more (optional)
      </label>
      <textarea
        id={`${ids}-text`}
        className={styles.text}
        rows={3}
        value={props.text}
        onChange={(event) => props.onText(event.target.value)}
      />
      <p className={styles.send}>
        <a className="button button--primary" href={props.reportUrl}>
          Open a prefilled issue for {props.ownerName}
        </a>
      </p>
      <p className={styles.hint}>GitHub shows you the issue before anything is sent.</p>
    </form>
  );
}
