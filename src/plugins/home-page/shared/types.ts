/** What the home page shows of the newest blog post. */
type LatestPost = {
  title: string;
  permalink: string;
  date: string;
  description: string;
};

/** A handbook section as a home-page card. */
type SectionCard = { title: string; to: string; summary: string };

export type HomePageGlobalData = {
  latestPost: LatestPost | null;
  sections: SectionCard[];
};
