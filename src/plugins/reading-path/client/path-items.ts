import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

export type PathItem = {
  /** Where the item's first link points, as written in the page (Docusaurus has already resolved .md links). */
  href: string;
  /** The link's text, to name the item's checkbox. */
  title: string;
  /** Everything inside the original list item: the link and its note. */
  content: ReactNode;
};

type WithChildren = ReactElement<{ children?: ReactNode; href?: unknown }>;

function elementsIn(node: ReactNode): WithChildren[] {
  return Children.toArray(node).filter((child): child is WithChildren => isValidElement(child));
}

export function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === 'string' || typeof child === 'number') return String(child);
      return isValidElement(child) ? textOf((child as WithChildren).props.children) : '';
    })
    .join('');
}

function firstLink(node: ReactNode): WithChildren | undefined {
  for (const element of elementsIn(node)) {
    if (typeof element.props.href === 'string') return element;
    const nested = firstLink(element.props.children);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * The items of the Markdown list a ReadingPath wraps. MDX hands the list over
 * as elements (a list whose children are list items), so the items are read
 * from those; a list item without a link is not a page to read and is left out.
 */
export function pathItems(children: ReactNode): PathItem[] {
  const list = elementsIn(children).find((element) => elementsIn(element.props.children).length > 0);
  if (!list) return [];
  return elementsIn(list.props.children).flatMap((listItem) => {
    const link = firstLink(listItem.props.children);
    if (!link || typeof link.props.href !== 'string') return [];
    return [{ href: link.props.href, title: textOf(link.props.children).trim(), content: listItem.props.children }];
  });
}
