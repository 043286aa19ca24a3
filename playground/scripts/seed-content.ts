/** Demo content, written for this project. Facts (titles, names, years) are public record. */

export const REFERENCE_SLUG = 'never-let-me-go-2010';

const credit = (job: string, name: string, character?: string) => ({ job, name, ...(character ? { character } : {}) });

export const REVIEWS = [
  {
    title: 'Never Let Me Go (2010)',
    published: true,
    rating: 4,
    reviewer: 'Ada Lindqvist',
    reviewerUrl: 'https://example.com/ada',
    spoilerWarning: {
      level: 'major',
      note: 'This review discusses the ending, and the gallery holds large stills that may load slowly on a poor connection.',
    },
    excerpt:
      'A quiet, devastating adaptation of Ishiguro that trusts its actors and its silences. Carey Mulligan carries a film about memory, love and the little time we are given.',
    body: [
      '## A boarding school in the English countryside',
      '',
      'Mark Romanek films Hailsham in washed-out greens and greys, and for its first act the film plays like a memory piece about children who are told they are special. Izzy Meikle-Small, Charlie Rowe and Ella Purnell are remarkable as the young Kathy, Tommy and Ruth.',
      '',
      'Then a new guardian tells the class the truth: ||the children were created as organ donors and will not live past their twenties||. Nobody screams. That restraint is the film.',
      '',
      '## Growing up with no future',
      '',
      'Alex Garland\'s screenplay keeps Ishiguro\'s patience. Adam Kimmel\'s camera stays close to faces, and Carey Mulligan plays Kathy as someone who has learned to want very little.',
      '',
      'The rumour of a "deferral" for couples in love drives the last act, and ||Madame and Miss Emily reveal that deferrals never existed; the gallery was only ever meant to prove the students had souls||.',
      '',
      'The final image of Kathy at the fence, ||after Tommy\'s last donation||, is one of the saddest endings of its decade. Four stars, and bring tissues.',
    ].join('\n'),
    film: {
      title: 'Never Let Me Go',
      releaseYear: 2010,
      runtimeMinutes: 103,
      basedOn: 'Never Let Me Go, the 2005 novel by Kazuo Ishiguro',
      credits: [
        credit('director', 'Mark Romanek'),
        credit('screenwriter', 'Alex Garland'),
        credit('source-author', 'Kazuo Ishiguro'),
        credit('cinematographer', 'Adam Kimmel'),
        credit('actor', 'Carey Mulligan', 'Kathy H.'),
        credit('actor', 'Andrew Garfield', 'Tommy D.'),
        credit('actor', 'Keira Knightley', 'Ruth'),
        credit('actor', 'Izzy Meikle-Small', 'Young Kathy'),
        credit('actor', 'Charlie Rowe', 'Young Tommy'),
        credit('actor', 'Ella Purnell', 'Young Ruth'),
      ],
    },
  },
  {
    title: 'Amélie (2001)',
    published: true,
    rating: 4.5,
    reviewer: 'Ada Lindqvist',
    spoilerWarning: { level: 'none' },
    excerpt: 'Jean-Pierre Jeunet\'s Montmartre fairy tale is still a sugar rush, and Audrey Tautou still makes it feel earned.',
    body: 'A film made of small pleasures: cracking crème brûlée, skipping stones, a photo booth full of torn pictures. ||Nino finally rings the doorbell||, and the whole city seems to exhale.',
    film: {
      title: 'Le Fabuleux Destin d\'Amélie Poulain',
      releaseYear: 2001,
      runtimeMinutes: 122,
      credits: [
        credit('director', 'Jean-Pierre Jeunet'),
        credit('screenwriter', 'Guillaume Laurant'),
        credit('composer', 'Yann Tiersen'),
        credit('actor', 'Audrey Tautou', 'Amélie Poulain'),
        credit('actor', 'Mathieu Kassovitz', 'Nino Quincampoix'),
      ],
    },
  },
  {
    title: 'Paddington 2 (2017)',
    published: true,
    rating: 5,
    reviewer: 'Sam Okafor',
    spoilerWarning: { level: 'mild', note: 'Mentions how the prison subplot resolves.' },
    excerpt: 'A marmalade-powered masterpiece: kind, funny and built like a Swiss watch.',
    body: 'Paul King turns a pop-up book into a heist film. Hugh Grant\'s vain actor is a gift, and ||the prison kitchen turning pink|| is pure joy.',
    film: {
      title: 'Paddington 2',
      releaseYear: 2017,
      runtimeMinutes: 103,
      basedOn: 'The Paddington Bear books by Michael Bond',
      credits: [
        credit('director', 'Paul King'),
        credit('screenwriter', 'Simon Farnaby'),
        credit('actor', 'Ben Whishaw', 'Paddington (voice)'),
        credit('actor', 'Hugh Grant', 'Phoenix Buchanan'),
      ],
    },
  },
  {
    title: 'The Room (2003)',
    published: true,
    rating: 1.5,
    reviewer: 'Sam Okafor',
    spoilerWarning: { level: 'none' },
    excerpt: 'Famously, gloriously bad; best seen with a loud crowd and a supply of plastic spoons.',
    body: 'Nothing about it works, and that is why people still queue for midnight screenings.',
    film: {
      title: 'The Room',
      releaseYear: 2003,
      runtimeMinutes: 99,
      credits: [credit('director', 'Tommy Wiseau'), credit('actor', 'Tommy Wiseau', 'Johnny')],
    },
  },
  {
    title: 'Aftersun (2022)',
    published: false,
    rating: 4.5,
    reviewer: 'Ada Lindqvist',
    spoilerWarning: { level: 'mild' },
    excerpt: 'Draft: notes on Charlotte Wells\'s holiday memory film.',
    body: 'Still writing this one.',
    film: {
      title: 'Aftersun',
      releaseYear: 2022,
      runtimeMinutes: 101,
      credits: [credit('director', 'Charlotte Wells'), credit('actor', 'Paul Mescal', 'Calum')],
    },
  },
];

/**
 * Reader comments on the reference review, in posting order. `replyTo` is the index of the
 * comment answered. Five approved ones make the visible thread; the rest show moderation.
 */
export const REFERENCE_COMMENTS = [
  {
    authorName: 'Maren',
    authorEmail: 'maren@example.org',
    content: 'I read the novel first and was sure the film would spell everything out. It doesn\'t, and I loved it for that.',
    rating: 4.5,
    moderationStatus: 'approved',
  },
  {
    authorName: 'Tobias',
    authorEmail: 'tobias@example.org',
    content: 'Lovely review. The colour grading alone made me want to go back and watch it again.',
    moderationStatus: 'approved',
  },
  {
    authorName: 'Priya',
    authorEmail: 'priya@example.org',
    content: '@Maren same here! The scene at the beach with the stranded boat hit harder on screen than on the page.',
    rating: 4,
    moderationStatus: 'approved',
    replyTo: 0,
  },
  {
    authorName: 'Jon',
    authorEmail: 'jon@example.org',
    content: 'Andrew Garfield\'s scream on the roadside is something I still think about. Spoiler for anyone who has not seen it: it is the moment the hope goes.',
    containsSpoilers: true,
    rating: 3.5,
    moderationStatus: 'approved',
  },
  {
    authorName: 'Elena',
    authorEmail: 'elena@example.org',
    content: '@Tobias agreed, Adam Kimmel\'s photography is the unsung hero here.',
    moderationStatus: 'approved',
    replyTo: 1,
  },
  {
    authorName: 'New reader',
    authorEmail: 'newreader@example.org',
    content: 'First time here. Is the director\'s cut worth tracking down?',
    moderationStatus: 'pending',
  },
  {
    authorName: 'Best Deals',
    authorEmail: 'deals@example.net',
    content: 'Great post!! Check out our cheap phone cases and free shipping at https://example.net/deals',
    moderationStatus: 'spam',
  },
  {
    authorName: 'Grumpy',
    authorEmail: 'grumpy@example.org',
    content: 'Nobody should waste two hours on this. Reviewer has no taste.',
    moderationStatus: 'rejected',
  },
];

/** The reference review's French version (Strapi i18n): the text is translated, rating, film, credits and images are shared. */
export const REFERENCE_LOCALE = 'fr';
export const REFERENCE_SLUG_FR = 'aupres-de-moi-toujours-2010';

export const REFERENCE_FR = {
  title: 'Auprès de moi toujours (2010)',
  spoilerNote: 'Cette critique révèle la fin, et la galerie contient de grandes photos qui peuvent être lentes à charger sur une connexion faible.',
  excerpt:
    'Une adaptation d\'Ishiguro, calme et déchirante, qui fait confiance à ses acteurs et à ses silences. Carey Mulligan porte un film sur la mémoire, l\'amour et le peu de temps qui nous est donné.',
  body: [
    '## Un pensionnat dans la campagne anglaise',
    '',
    'Mark Romanek filme Hailsham dans des verts et des gris délavés ; le premier acte ressemble à un souvenir d\'enfants à qui l\'on répète qu\'ils sont spéciaux.',
    '',
    'Puis une nouvelle surveillante dit la vérité à la classe : ||les enfants ont été créés pour donner leurs organes et ne vivront pas au-delà de vingt ans||. Personne ne crie. Toute la force du film est dans cette retenue.',
    '',
    '## Grandir sans avenir',
    '',
    'Le scénario d\'Alex Garland garde la patience d\'Ishiguro, et ||le sursis promis aux couples amoureux n\'a jamais existé||. Quatre étoiles, et prévoyez des mouchoirs.',
  ].join('\n'),
  /** By still, in the gallery's order. */
  captions: [
    'Brouillard matinal sur le parc de l\'école',
    'Le bateau échoué sur la plage',
    'Les Cottages à la fin de l\'automne',
    'Un couloir de dessins',
    'Le centre de convalescence, blanc sur blanc',
    'Une clôture au bord d\'un champ',
  ],
};
