// Seed content of the listing, taken from prisma/content/source-article.txt.
// Every correction made to the source article is listed in docs/content-corrections.md.
// Paragraphs inside one string are separated by "\n\n" (Markdown).

export type SeedCity = {
  slug: string;
  name: string;
  country: string;
  summary: string;
  profile: string;
  focusAreas: string[];
};

export type SeedFaqEntry = { question: string; answer: string };

export type SeedListing = {
  titleTemplate: string;
  year: number;
  intro: string;
  developmentHeading: string;
  development: string;
  faqHeading: string;
  conclusion: string;
  seoDescription: string;
};

/** The ranking, in the article's order: index 0 is rank 1. */
export const seedCities: SeedCity[] = [
  {
    slug: "singapore",
    name: "Singapore",
    country: "Singapore",
    summary:
      "Singapore is leading Asia’s smart city movement with its Smart Nation Initiative, using IoT, data analytics, and sensor technology to enhance public services, sustainability, and public safety.",
    profile:
      "Singapore is leading Asia’s smart city movement with its Smart Nation Initiative. Harnessing the power of digital technology, the country improves living conditions for its residents. IoT, data analytics, and sensor technology are all used to enhance public services, sustainability, and public safety.",
    focusAreas: ["iot", "data analytics", "sustainability", "public safety"],
  },
  {
    slug: "hong-kong",
    name: "Hong Kong",
    country: "Hong Kong SAR, China",
    summary:
      "Hong Kong uses big data analytics and the IoT to improve transportation and security, and its 5G network helps ensure high-speed connectivity for its citizens.",
    profile:
      "Hong Kong has also implemented cutting-edge technology to become a smart city. The city uses big data analytics and the IoT to improve transportation and security. Additionally, Hong Kong’s 5G network helps ensure high-speed connectivity for its citizens.",
    focusAreas: ["iot", "data analytics", "transport", "public safety", "connectivity"],
  },
  {
    slug: "seoul",
    name: "Seoul",
    country: "South Korea",
    summary:
      "South Korea’s capital, Seoul, has implemented several projects focusing on IoT and big data, enhancing traffic management, public transportation, and public safety.",
    profile:
      "South Korea’s capital, Seoul, has implemented several projects focusing on IoT and big data. Enhancing traffic management, public transportation, and public safety, Seoul is dedicated to improving lives using advanced technology.",
    focusAreas: ["iot", "data analytics", "transport", "public safety"],
  },
  {
    slug: "shenzhen",
    name: "Shenzhen",
    country: "China",
    summary:
      "Home to tech giants like Huawei and Tencent, Shenzhen integrates digital technologies, cloud computing, and IoT to improve public services and enhance citizens’ lives.",
    profile:
      "Shenzhen, home to tech giants like Huawei and Tencent, is an innovation hub for China. The city integrates digital technologies, cloud computing, and IoT to improve public services and enhance citizens’ lives.",
    focusAreas: ["iot", "cloud computing"],
  },
  {
    slug: "beijing",
    name: "Beijing",
    country: "China",
    summary:
      "Beijing utilizes IoT, artificial intelligence, and data-driven solutions to address traffic congestion and air pollution, and cloud computing and blockchain to improve government services.",
    profile:
      "Beijing utilizes IoT, artificial intelligence, and data-driven solutions to address traffic congestion and air pollution. The city has made great strides in cloud computing and blockchain to improve government services and cybersecurity.",
    focusAreas: ["ai", "transport", "environment", "cloud computing", "blockchain"],
  },
  {
    slug: "shanghai",
    name: "Shanghai",
    country: "China",
    summary:
      "Shanghai uses IoT and digital solutions to improve its traffic management, public safety, and environmental initiatives, and is a leader in using data analytics to address urban challenges.",
    profile:
      "Increasingly adapting IoT and digital solutions, Shanghai focuses on improving its traffic management, public safety, and environmental initiatives. The city is a leader in using data analytics to find innovative ways to address urban challenges.",
    focusAreas: ["iot", "data analytics", "transport", "public safety", "environment"],
  },
  {
    slug: "taipei",
    name: "Taipei",
    country: "Taiwan",
    summary:
      "Taiwan’s capital city, Taipei, has implemented smart city initiatives focusing on public safety, mobility solutions, and education, backed by public-private partnerships.",
    profile:
      "Taiwan’s capital city, Taipei, has successfully implemented smart city initiatives focusing on public safety, mobility solutions, and education. The city has created public-private partnerships to encourage the growth of technology and innovation.",
    focusAreas: ["public safety", "transport", "education"],
  },
  {
    slug: "dubai",
    name: "Dubai",
    country: "United Arab Emirates",
    summary:
      "Dubai adopts advanced technology, including IoT, 5G networks, and blockchain, to provide efficient public transportation, enhanced security, and seamless government services.",
    profile:
      "Dubai is known for adopting advanced technology, including IoT, 5G networks, and blockchain. As a smart city, Dubai aims to provide efficient public transportation, enhanced security, and seamless government services to its residents.",
    focusAreas: ["iot", "connectivity", "blockchain", "transport", "digital government"],
  },
  {
    slug: "tokyo",
    name: "Tokyo",
    country: "Japan",
    summary: "Tokyo focuses on technology, data, and IoT, improving public safety and addressing traffic congestion with innovative technology solutions.",
    profile:
      "Tokyo continues to advance as a smart city with its focus on technology, data, and IoT. The city is dedicated to improving public safety and addressing traffic congestion by utilizing innovative technology solutions.",
    focusAreas: ["iot", "data analytics", "public safety", "transport"],
  },
  {
    slug: "kuala-lumpur",
    name: "Kuala Lumpur",
    country: "Malaysia",
    summary: "Malaysia’s rapidly developing capital leverages data and cloud computing to improve public transportation, safety, and urban planning.",
    profile:
      "Kuala Lumpur, Malaysia’s capital, is a rapidly developing smart city. By leveraging data and cloud computing, the city focuses on improving public transportation, safety, and urban planning.",
    focusAreas: ["data analytics", "cloud computing", "transport", "public safety", "urban planning"],
  },
  {
    slug: "osaka",
    name: "Osaka",
    country: "Japan",
    summary:
      "Osaka has been integrating digital technologies, with a focus on IoT and data-driven solutions, and invests in improving public safety and transportation.",
    profile:
      "Japan’s vibrant city of Osaka has been integrating digital technologies to create a smart city environment. With a focus on IoT and data-driven solutions, the city invests in improving public safety and transportation.",
    focusAreas: ["iot", "data analytics", "public safety", "transport"],
  },
  {
    slug: "chongqing",
    name: "Chongqing",
    country: "China",
    summary: "Chongqing focuses on data analytics, IoT, and artificial intelligence to address urban challenges such as traffic congestion and pollution.",
    profile:
      "Chongqing, a rapidly growing city in China, is experiencing an increase in the adoption of smart city technologies. The city focuses on data analytics, IoT, and artificial intelligence to address urban challenges such as traffic congestion and pollution.",
    focusAreas: ["data analytics", "iot", "ai", "transport", "environment"],
  },
  {
    slug: "hangzhou",
    name: "Hangzhou",
    country: "China",
    summary:
      "Hangzhou, a prominent tech hub, uses digital technology and IoT to improve urban living, addressing traffic congestion, public safety, and environmental sustainability.",
    profile:
      "Hangzhou is a prominent tech hub in China that takes advantage of digital technology and IoT to improve urban living. The city’s various initiatives address traffic congestion, public safety, and environmental sustainability.",
    focusAreas: ["iot", "transport", "public safety", "sustainability"],
  },
  {
    slug: "busan",
    name: "Busan",
    country: "South Korea",
    summary:
      "Busan focuses on IoT, data analytics, and digital technology to create more sustainable industries, efficient transportation, and better government services.",
    profile:
      "Busan, South Korea’s second-largest city, is making progress as a smart city with its focus on IoT, data analytics, and digital technology. The city is working to create more sustainable industries, efficient transportation, and better government services.",
    focusAreas: ["iot", "data analytics", "sustainability", "transport", "digital government"],
  },
  {
    slug: "bangkok",
    name: "Bangkok",
    country: "Thailand",
    summary: "Thailand’s bustling capital, Bangkok, is implementing data-driven solutions and IoT to address traffic congestion and improve public safety.",
    profile:
      "Thailand’s bustling capital, Bangkok, is investing in technology to become a smart city. By implementing data-driven solutions and IoT to address traffic congestion and improve public safety, the city aims to enhance the lives of its residents.",
    focusAreas: ["iot", "data analytics", "transport", "public safety"],
  },
];

/** The FAQ, in the article's order: index 0 is position 1. */
export const seedFaqEntries: SeedFaqEntry[] = [
  {
    question: "What are the main features of a smart city in Asia?",
    answer:
      "Smart cities in Asia are designed to optimize resource management, public services, transportation, and healthcare. They accomplish this through the use of technology, data analytics, and effective urban planning. For example, Singapore is well-known for its exceptional public transportation, efficient healthcare system, and advanced urban planning which utilizes sensors and data analytics to enhance sustainability and living conditions.",
  },
  {
    question: "What factors contribute to the development of smart cities in Asia?",
    answer:
      "There are several factors contributing to the growth of smart cities in Asia. Rapidly evolving economies, proactive governments, and fertile economic ecosystems provide a strong foundation for these developments. Data analytics is a key driver, as it helps make better decisions and optimize resource management in urban environments.",
  },
  {
    question: "How do smart cities in Asia benefit their citizens?",
    answer:
      "Smart cities in Asia aim to improve the quality of life for their residents by providing more efficient public services, reducing energy consumption, and enhancing sustainability. They foster a more livable, productive, and sustainable urban environment, which can lead to increased economic opportunities, better healthcare, safer neighborhoods, and improved transportation systems.",
  },
  {
    question: "What role does technology play in Asian smart cities?",
    answer:
      "Technology is a driving force behind smart cities in Asia. Innovative solutions like sensors, data analytics, and digital tools are used to gather, analyze, and visualize information. This data can then be used to address specific public problems, make the urban environment more livable, and improve citizens’ overall wellbeing.",
  },
  {
    question: "Are there any challenges faced by smart cities in Asia?",
    answer:
      "While smart cities in Asia hold great potential, they also face multiple challenges. One major challenge is the need for significant investments in infrastructure, such as communication networks and public utilities. Other issues include finding balance between preserving cultural heritage and promoting innovation, addressing inequalities, and ensuring data privacy and security for citizens.",
  },
  {
    question: "How do smart cities in Asia compare to those in other parts of the world?",
    answer:
      "Asian smart cities are generally on par with those in other regions, but some, like Singapore, stand out as global leaders due to their advanced urban planning and utilization of technology for improved public services and sustainability. However, each smart city across the globe has its unique strengths and challenges, which reflects the local context and priorities.",
  },
];

export const seedListing: SeedListing = {
  // {count} is filled in from the number of published cities, so the title cannot disagree with the list.
  titleTemplate: "Top {count} Smart Cities in Asia ({year})",
  year: 2024,
  intro: [
    "Asia is home to some of the most technologically advanced cities in the world, leading the way in innovation, sustainability, and digital transformation. Smart cities across the continent are leveraging cutting-edge technology to improve urban infrastructure, provide a better quality of life for their citizens and address various urban challenges. From efficient waste management systems and intelligent traffic management to green spaces and renewable energy sources, these cities are at the forefront of creating sustainable urban environments.",
    "In recent years, the rapid urbanization and growing urban population in Asia have made it essential for city planners and governments to develop inclusive and environmentally sustainable solutions. Investments in smart mobility, energy efficiency, and environmental protection projects are becoming a top priority for many Asian cities. Major companies like Alibaba Cloud are also playing a pivotal role in the development and implementation of smart city initiatives, especially after the COVID-19 pandemic has highlighted the need for resilient and adaptable urban planning.",
    "As we explore the top smart cities in Asia, it’s evident that these cities are setting the global standard for how urban centers can harness technology, innovation, and commitment to sustainability. They serve as role models for other cities around the world, showcasing the immense potential of digital transformation and green infrastructure in shaping a better, more sustainable future for all.",
  ].join("\n\n"),
  developmentHeading: "The development of smart cities in Asia",
  development: [
    "In recent years, Asia has been at the forefront of smart city development. We have seen numerous cities across the continent adopt innovative technologies to improve their infrastructure, transportation systems, public services, and overall quality of life. A few examples of these smart cities include Singapore, Tokyo, and Seoul.",
    "Singapore, for instance, leads the way in smart city development in Asia. The city is known for its exceptional public transportation, efficient healthcare system, and advanced urban planning. Some of Singapore’s smart city initiatives involve using sensors and data analytics to enhance public services and sustainability.",
    "Meanwhile, Tokyo is another shining example of smart city development in the region. The Japanese capital has been working on implementing IoT technologies to improve traffic management, reduce energy consumption, and enhance public safety. Such advancements have allowed Tokyo to remain a global leader in terms of technological innovation.",
    "In addition to the aforementioned cities, Seoul also stands out when it comes to smart city development. The South Korean metropolis has embraced various smart city initiatives, such as intelligent transportation systems and smart grids, which have improved the city’s energy efficiency and overall functionality.",
    "It is important to note that the development of smart cities in Asia also presents an opportunity for innovative cross-border collaborations. As a result of this, governments and businesses throughout the continent are working together on various projects and sharing best practices. This collaborative approach not only benefits the cities involved but also plays a vital role in strengthening regional ties.",
    "Moving forward, we believe that the rapid growth of smart cities in Asia will continue to provide valuable insights and lessons for the rest of the world. As urban populations increase and new challenges arise, embracing smart city initiatives will become increasingly crucial for ensuring a sustainable and prosperous future for us all.",
  ].join("\n\n"),
  faqHeading: "Frequently Asked Questions",
  // The article's closing "table" is not carried over: the site renders the summary table from the city data.
  conclusion:
    "In this article, we have explored the top smart cities in Asia. These cities have demonstrated exemplary efforts in incorporating advanced technology, sustainable planning, and efficient management to improve the quality of life for their citizens.",
  seoDescription:
    "The top smart cities in Asia and how they use IoT, data analytics, and digital technology to improve transport, public safety, and sustainability.",
};
