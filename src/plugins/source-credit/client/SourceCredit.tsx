// Under a post's byline: the post it retells and that post's author, so a
// reader never takes the source's author for the author of the summary.
import { basedOnPhrase, sourceAuthorPhrase, type BasedOn } from '../shared/based-on';
import styles from './SourceCredit.module.css';

export default function SourceCredit({ basedOn }: { basedOn: BasedOn }) {
  return (
    <div className={styles.sourceCredit} data-source-credit="">
      <p className={styles.line}>
        {basedOnPhrase(basedOn).replace(/“.*”$/, '')}
        <a href={basedOn.url}>“{basedOn.title}”</a>
      </p>
      <p className={styles.line}>
        Source author: <span className={styles.author}>{sourceAuthorPhrase(basedOn)}</span>
      </p>
    </div>
  );
}
