/**
 * Words the stress corpus is made of: the same topics, the kind of titles, keywords,
 * slang and service names the real content has, so a query like "fags" or "deb" hits
 * a realistic share of records (too few hits and the bench flatters search; random
 * letters would match nothing). Fixed here, not read from content/, so the corpus
 * (and the figures) do not move when publishers edit content.
 */

export interface TopicVocabulary {
  id: string;
  title: string;
  /** Things a message is about: used in titles and keywords. */
  subjects: string[];
  /** Everyday and slang words people type; become synonyms and keywords. */
  slang: string[];
  /** What services for this topic are called. */
  serviceKinds: string[];
}

export const TOPICS: TopicVocabulary[] = [
  {
    id: 'smoking',
    title: 'Smoking and vaping',
    subjects: ['stopping smoking', 'vaping to quit', 'nicotine patches', 'cravings', 'second-hand smoke', 'smokefree homes', 'relapse', 'quit attempts', 'roll-ups', 'shisha', 'smoking in pregnancy', 'nicotine gum', 'carbon monoxide', 'lung health', 'e-cigarettes'],
    slang: ['fags', 'ciggies', 'cigs', 'baccy', 'rollies', 'vapes', 'tobacco', 'smoker', 'stoptober', 'nicotine'],
    serviceKinds: ['Stop Smoking Service', 'Quit Smoking Clinic', 'Smokefree Support', 'Tobacco Dependency Team', 'Vape to Quit Scheme'],
  },
  {
    id: 'alcohol',
    title: 'Alcohol',
    subjects: ['drinking guidelines', 'units of alcohol', 'cutting down on drinking', 'alcohol and pregnancy', 'alcohol dependence', 'drink-free days', 'binge drinking', 'hangovers', 'alcohol withdrawal', 'dry january', 'drinking at home', 'alcohol and sleep'],
    slang: ['booze', 'bevvies', 'pints', 'lager', 'cider', 'wine', 'spirits', 'hammered', 'tipsy', 'drunk', 'on the lash'],
    serviceKinds: ['Alcohol Service', 'Drink Less Programme', 'Recovery Hub', 'Alcohol Advice Line', 'Community Detox Team'],
  },
  {
    id: 'physical-activity',
    title: 'Physical activity',
    subjects: ['being active', 'walking groups', 'strength and balance', 'exercise on referral', 'active travel', 'sitting less', 'couch to 5k', 'swimming', 'chair exercises', 'active play for children', 'cycling', 'gentle yoga'],
    slang: ['gym', 'workout', 'jogging', 'running', 'fitness', 'keeping fit', 'steps', 'sport', 'tai chi'],
    serviceKinds: ['Active Lives', 'Exercise on Referral', 'Walking for Health', 'Leisure Centre Programme', 'Park Run Buddies'],
  },
  {
    id: 'healthy-eating',
    title: 'Healthy eating and weight',
    subjects: ['5 a day', 'a balanced diet', 'sugary drinks', 'healthy weight', 'healthy start vouchers', 'cooking on a budget', 'school meals', 'salt', 'breakfast', 'portion sizes', 'weight management', 'type 2 diabetes prevention'],
    slang: ['diet', 'junk food', 'takeaways', 'fizzy drinks', 'sweets', 'overweight', 'obese', 'slimming', 'veg'],
    serviceKinds: ['Healthy Weight Service', 'Food Bank', 'Community Kitchen', 'Diabetes Prevention Programme', 'Cook and Eat Sessions'],
  },
  {
    id: 'mental-wellbeing',
    title: 'Mental wellbeing',
    subjects: ['feeling low', 'stress and anxiety', 'talking therapies', 'mental health crisis', 'five ways to wellbeing', 'sleep problems', 'panic attacks', 'supporting someone', 'self-harm', 'postnatal depression', 'bereavement', 'burnout'],
    slang: ['depressed', 'anxious', 'stressed', 'down', 'overwhelmed', 'suicidal', 'counselling', 'therapy', 'cbt', 'wellbeing'],
    serviceKinds: ['Talking Therapies', 'Crisis Line', 'Wellbeing Hub', 'Recovery College', 'Safe Haven', 'Peer Support Group'],
  },
  {
    id: 'money',
    title: 'Money worries',
    subjects: ['debt advice', 'benefits checks', 'energy bills', 'council tax arrears', 'universal credit', 'pension credit', 'cost of living', 'budgeting', 'loan sharks', 'hardship grants', 'free school meals', 'prepayment meters'],
    slang: ['skint', 'broke', 'bills', 'arrears', 'loans', 'debt', 'overdrawn', 'payday loan', 'benefits'],
    serviceKinds: ['Money Advice Service', 'Debt Advice Line', 'Welfare Rights Team', 'Household Support Fund', 'Credit Union', 'Energy Advice Project'],
  },
  {
    id: 'housing',
    title: 'Housing and home',
    subjects: ['damp and mould', 'cold homes', 'homelessness', 'eviction', 'rent arrears', 'home repairs', 'fire safety', 'overcrowding', 'sleeping rough', 'private renting', 'adaptations', 'hoarding'],
    slang: ['evicted', 'homeless', 'landlord', 'mould', 'damp', 'sofa surfing', 'kicked out', 'freezing', 'heating'],
    serviceKinds: ['Housing Options', 'Homelessness Prevention Team', 'Private Renting Team', 'Warm Homes Service', 'Home Improvement Agency', 'Outreach Team'],
  },
  {
    id: 'loneliness',
    title: 'Loneliness',
    subjects: ['feeling lonely', 'befriending', 'social groups', 'older people living alone', 'carers', 'community activities', 'volunteering', 'lunch clubs', 'men in sheds', 'digital inclusion', 'isolation after illness'],
    slang: ['lonely', 'alone', 'isolated', 'no friends', 'housebound', 'widowed', 'nobody to talk to'],
    serviceKinds: ['Befriending Service', 'Community Connectors', 'Social Prescribing Team', 'Carers Centre', 'Lunch Club', 'Good Neighbours Scheme'],
  },
  {
    id: 'drugs',
    title: 'Drugs',
    subjects: ['honest information about drugs', 'drug treatment', 'overdose', 'naloxone', 'cannabis use', 'cocaine', 'chemsex', 'spiking', 'needle exchange', 'recovery support', 'young people and drugs'],
    slang: ['weed', 'cannabis', 'coke', 'pills', 'ketamine', 'chems', 'spice', 'legal highs', 'od'],
    serviceKinds: ['Drug and Alcohol Service', 'Young People’s Substance Misuse Service', 'Needle Exchange', 'Recovery Service', 'Harm Reduction Team'],
  },
  {
    id: 'sexual-health',
    title: 'Sexual health',
    subjects: ['sti testing', 'emergency contraception', 'condoms', 'contraception', 'hiv prevention', 'prep', 'the coil', 'the implant', 'chlamydia', 'pregnancy testing', 'sexual health clinics'],
    slang: ['std', 'morning after pill', 'johnnies', 'the pill', 'c-card', 'clap', 'birth control'],
    serviceKinds: ['Sexual Health Clinic', 'Contraception Service', 'C-Card Scheme', 'HIV Support Service', 'Young People’s Sexual Health'],
  },
  {
    id: 'screening',
    title: 'Screening and health checks',
    subjects: ['bowel screening', 'cervical screening', 'breast screening', 'nhs health check', 'blood pressure', 'cholesterol', 'aaa screening', 'diabetic eye screening', 'lung health checks', 'prostate worries'],
    slang: ['smear', 'smear test', 'mammogram', 'poo test', 'fit test', 'mot', 'health check', 'lump'],
    serviceKinds: ['Screening Service', 'Health Check Programme', 'Blood Pressure Checks', 'Lung Health Check', 'Cancer Awareness Team'],
  },
  {
    id: 'vaccinations',
    title: 'Vaccinations',
    subjects: ['flu vaccine', 'mmr catch-up', 'covid vaccine', 'shingles vaccine', 'pneumococcal vaccine', 'rsv vaccine', 'whooping cough in pregnancy', 'hpv vaccine', 'travel vaccines', 'childhood immunisations'],
    slang: ['jab', 'jabs', 'flu jab', 'booster', 'measles', 'immunisation', 'vaccine'],
    serviceKinds: ['Vaccination Clinic', 'Immunisation Team', 'Pharmacy Vaccination Service', 'Catch-up Vaccination Clinic', 'School Aged Immunisation Service'],
  },
  {
    id: 'oral-health',
    title: 'Oral health',
    subjects: ['brushing teeth', 'finding a dentist', 'toothache', 'dental charges', 'fluoride varnish', 'gum disease', 'children’s teeth', 'mouth cancer', 'sugar and teeth', 'dentures'],
    slang: ['teeth', 'dentist', 'gums', 'toothache', 'abscess', 'fillings', 'braces'],
    serviceKinds: ['Community Dental Service', 'Urgent Dental Care', 'Oral Health Promotion Team', 'Dental Access Centre', 'Brushing for Life'],
  },
  {
    id: 'falls',
    title: 'Falls',
    subjects: ['preventing falls', 'after a fall', 'strength and balance classes', 'trip hazards', 'pendant alarms', 'home safety checks', 'dizziness', 'eyesight and falls', 'footwear', 'medicines review'],
    slang: ['fell over', 'fall', 'falls', 'unsteady', 'slipped', 'frail', 'wobbly', 'dizzy'],
    serviceKinds: ['Falls Prevention Service', 'Community Alarm Service', 'Postural Stability Classes', 'Handyperson Service', 'Frailty Team'],
  },
];

export const BOROUGHS: Array<{ id: string; name: string; icb: string }> = [
  ['barking-and-dagenham', 'Barking and Dagenham', 'north-east-london'],
  ['barnet', 'Barnet', 'north-central-london'],
  ['bexley', 'Bexley', 'south-east-london'],
  ['brent', 'Brent', 'north-west-london'],
  ['bromley', 'Bromley', 'south-east-london'],
  ['camden', 'Camden', 'north-central-london'],
  ['city-of-london', 'City of London', 'north-east-london'],
  ['croydon', 'Croydon', 'south-west-london'],
  ['ealing', 'Ealing', 'north-west-london'],
  ['enfield', 'Enfield', 'north-central-london'],
  ['greenwich', 'Greenwich', 'south-east-london'],
  ['hackney', 'Hackney', 'north-east-london'],
  ['hammersmith-and-fulham', 'Hammersmith and Fulham', 'north-west-london'],
  ['haringey', 'Haringey', 'north-central-london'],
  ['harrow', 'Harrow', 'north-west-london'],
  ['havering', 'Havering', 'north-east-london'],
  ['hillingdon', 'Hillingdon', 'north-west-london'],
  ['hounslow', 'Hounslow', 'north-west-london'],
  ['islington', 'Islington', 'north-central-london'],
  ['kensington-and-chelsea', 'Kensington and Chelsea', 'north-west-london'],
  ['kingston-upon-thames', 'Kingston upon Thames', 'south-west-london'],
  ['lambeth', 'Lambeth', 'south-east-london'],
  ['lewisham', 'Lewisham', 'south-east-london'],
  ['merton', 'Merton', 'south-west-london'],
  ['newham', 'Newham', 'north-east-london'],
  ['redbridge', 'Redbridge', 'north-east-london'],
  ['richmond-upon-thames', 'Richmond upon Thames', 'south-west-london'],
  ['southwark', 'Southwark', 'south-east-london'],
  ['sutton', 'Sutton', 'south-west-london'],
  ['tower-hamlets', 'Tower Hamlets', 'north-east-london'],
  ['waltham-forest', 'Waltham Forest', 'north-east-london'],
  ['wandsworth', 'Wandsworth', 'south-west-london'],
  ['westminster', 'Westminster', 'north-west-london'],
].map(([id, name, icb]) => ({ id: id!, name: name!, icb: icb! }));

export const ICBS = [
  ['north-central-london', 'NHS North Central London ICB'],
  ['north-west-london', 'NHS North West London ICB'],
  ['north-east-london', 'NHS North East London ICB'],
  ['south-east-london', 'NHS South East London ICB'],
  ['south-west-london', 'NHS South West London ICB'],
].map(([id, name]) => ({ id: id!, name: name! }));

/** Who a message or service is for. */
export const AUDIENCES = ['older people', 'young people', 'parents', 'carers', 'pregnant women', 'students', 'people on a low income', 'new arrivals', 'shift workers', 'men', 'women', 'families', 'people with a disability', 'veterans'];

/** `{B}` is a borough's name, `{K}` a kind of service. */
export const ORGANISATIONS = ['London Borough of {B}', '{B} Council', 'Mind in {B}', 'Age UK {B}', 'Citizens Advice {B}', '{B} Carers Centre', '{B} Voluntary Action', '{B} Community Health Partnership', '{B} GP Federation', 'Healthwatch {B}', '{B} Public Health Team', '{B} Community Trust'];

export const SERVICE_NAMES = ['{B} {K}', '{K} ({B})', '{K}: {B}', '{B} {K} for {A}', '{K} for {A} in {B}'];

export const MESSAGE_TITLES = ['{S}', '{S} for {A}', 'Talking about {S}', '{S}: what to say', 'Worried about {S}?', '{S} and {T}', 'Help with {S}', '{S}: where to get help', 'Questions about {S}', 'Getting started with {S}'];

/** Plain-English filler for the long fields (say, ask, assist, act, descriptions), as the naive baseline searches them all. */
export const SENTENCES = [
  'Many people find {S} hard to talk about, so start with an open question and listen.',
  'Free support for {S} is available in London, and you can usually refer yourself.',
  'Small changes add up: agree one thing they could try this week and how they will know it has helped.',
  'If they are not ready to talk about {S} today, let them know where help is when they are.',
  'Services can help with {S} by phone, online or face to face, in several languages.',
  'People who get support with {S} are much more likely to succeed than those who go it alone.',
  'Check whether anyone else in the household would benefit from the same help.',
  'Offer the details of a local service and, if they agree, help them make the first contact.',
  'Avoid judgement and labels; ask what matters most to them right now.',
  'For {A}, there may be extra help available, including home visits and longer appointments.',
];

export const QUESTIONS = [
  'Can I ask how you are getting on with {S}?',
  'Would it help to talk about {S} for a minute?',
  'Is {S} something you have thought about changing?',
  'How are things at home at the moment?',
  'Have you heard about the free help with {S} in {B}?',
];

export const HOURS = ['Monday to Friday, 9am to 5pm', '24 hours a day, every day', 'Weekdays 10am to 4pm, Saturday mornings', 'Drop-in Tuesdays and Thursdays', 'Evenings and weekends'];

export const ELIGIBILITY = ['Adults living in {B}', 'Anyone registered with a GP in {B}', 'People aged 16 and over', 'Residents aged 65 and over', 'Families with children under 5', 'Anyone in London, free of charge'];
