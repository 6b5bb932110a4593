// The form "No" and "Report this" open: what was wrong, optional words, and
// the link to the prefilled page-is-wrong issue. Loaded on the reader's first
// move towards it (see index.tsx), so neither it nor the URL encoding is in a
// doc page's first-load JavaScript (design/page-feedback-issue-urls.md).
import { useEffect, useRef, useState, type ReactNode } from 'react';

import { pageReportUrl, PROBLEM_KINDS, type PageReport, type ProblemKind } from '../../shared/issue-url.ts';
import styles from './styles.module.css';

export type ProblemFormProps = {
  ids: string;
  issuesNewUrl: string;
  /** The page, its title, owner and commit: what every report of this page carries. */
  report: PageReport;
  quote: string;
  onRemoveQuote: () => void;
};

export default function ProblemForm({ ids, issuesNewUrl, report, quote, onRemoveQuote }: ProblemFormProps): ReactNode {
  const [kind, setKind] = useState<ProblemKind | null>(null);
  const [text, setText] = useState('');
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // Focus moves into the form it opened, so keyboard and screen-reader users land on the question.
  useEffect(() => {
    fieldsetRef.current?.querySelector('input')?.focus();
  }, []);
  const reportUrl = pageReportUrl(issuesNewUrl, { ...report, kind, text, quote });
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
              checked={kind === option}
              onChange={() => setKind(option)}
            />{' '}
            {option}
          </label>
        ))}
      </fieldset>
      {quote !== '' && (
        <figure className={styles.quote}>
          <figcaption>The text you selected</figcaption>
          <blockquote>{quote}</blockquote>
          <button type="button" className="button button--sm button--secondary" onClick={onRemoveQuote}>
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
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <p className={styles.send}>
        <a className="button button--primary" href={reportUrl}>
          Open a prefilled issue for {report.owner.name}
        </a>
      </p>
      <p className={styles.hint}>GitHub shows you the issue before anything is sent.</p>
    </form>
  );
}
