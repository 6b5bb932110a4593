// "Was this page helpful?" under every doc. Yes thanks the reader; No opens a
// short form whose button is a link to the page-is-wrong issue form,
// prefilled for this page and its owner. Selecting text in the doc offers
// "Report this", which quotes the selection in the same form. Without
// JavaScript the block is one plain link to the form with the page filled in.
//
// Only the buttons and the selection watcher are in a doc page's first-load
// JavaScript: the form and the URL encoding load on the reader's first move
// towards them (hover or focus on "No", a selection), as the search dialog
// does (design/page-feedback-issue-urls.md).
import { lazy, Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import noScriptReportUrl from '@handbook/no-script-report-url';

import { ownerOf, usePageFeedbackData } from '../../client/use-page-feedback.ts';
import { useTextSelection } from '../../client/use-text-selection.ts';
import styles from './styles.module.css';

const loadProblemForm = () => import('./ProblemForm');
const ProblemForm = lazy(loadProblemForm);
const prefetchProblemForm = () => void loadProblemForm();

type Answer = 'none' | 'yes' | 'no';

const ANSWER_BUTTON = 'button button--outline button--primary';

/** The reader's answer, to the optional analytics; without HANDBOOK_ANALYTICS_URL the build drops this call. */
function reportAnswer(answer: 'Yes' | 'No') {
  if (process.env.HANDBOOK_ANALYTICS_ENDPOINT) {
    const href = window.location.href;
    void import('../../../analytics/client/send-event.ts').then(({ sendEvent }) =>
      sendEvent('Page helpful', { answer }, href),
    );
  }
}

export default function PageFeedback(): ReactNode {
  const data = usePageFeedbackData();
  const { metadata, frontMatter } = useDoc();
  const isBrowser = useIsBrowser();
  const [answer, setAnswer] = useState<Answer>('none');
  const [quote, setQuote] = useState('');
  const selection = useTextSelection(isBrowser);
  const ids = useId();
  useEffect(() => {
    if (selection) prefetchProblemForm();
  }, [selection]);
  if (!data) return null;

  const owner = ownerOf(data, (frontMatter as { owner?: unknown }).owner);
  const report = { page: metadata.permalink, title: metadata.title, owner, commit: data.commit };

  const answerWith = (choice: 'Yes' | 'No') => {
    setAnswer(choice === 'Yes' ? 'yes' : 'no');
    reportAnswer(choice);
  };

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
          {/* The href is written by the server build only; hydration keeps it, and the buttons replace the link
              right after (see server/no-script-report-url.ts). */}
          <a href={noScriptReportUrl(data.issuesNewUrl, report)} suppressHydrationWarning>
            Tell {owner.name} what is missing or wrong
          </a>{' '}
          in a GitHub issue.
        </p>
      ) : answer === 'none' ? (
        <div className={styles.answers}>
          <button type="button" className={ANSWER_BUTTON} onClick={() => answerWith('Yes')}>
            Yes
          </button>
          <button
            type="button"
            className={ANSWER_BUTTON}
            onClick={() => answerWith('No')}
            onFocus={prefetchProblemForm}
            onPointerEnter={prefetchProblemForm}
          >
            No
          </button>
        </div>
      ) : null}
      <p role="status" className={styles.thanks}>
        {answer === 'yes' ? 'Thank you! Knowing what works helps the owners keep it that way.' : ''}
      </p>
      {answer === 'no' && (
        <Suspense fallback={null}>
          <ProblemForm
            ids={ids}
            issuesNewUrl={data.issuesNewUrl}
            report={report}
            quote={quote}
            onRemoveQuote={() => setQuote('')}
          />
        </Suspense>
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
