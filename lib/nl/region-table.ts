import { type Continent, continents } from "./schema";

/**
 * Place names → ISO 3166-1 alpha-2 country (or null for multi-country areas) and continent.
 * Cities and US states map to their country because providers list regions by city
 * ("Frankfurt", "us-west-2 / Oregon"). The Gulf states, Israel and Egypt's neighbours are
 * reported as middle_east, the grouping cloud providers use ("me-central-1"). Names that are
 * also common words (Turkey, Georgia, Jordan, Chad, Nice, Reading) are left out on purpose.
 */

export interface Place {
  country: string | null;
  continent: Continent;
}

/** "name=CC" or "name" (no country); names may contain spaces. */
const places: Readonly<Record<Continent, string>> = {
  north_america:
    "north america|united states=US|usa=US|u.s.a=US|u.s.=US|america=US|east coast=US|west coast=US|" +
    "northern virginia=US|virginia=US|ohio=US|oregon=US|california=US|texas=US|iowa=US|utah=US|nevada=US|" +
    "arizona=US|illinois=US|new york=US|chicago=US|dallas=US|seattle=US|los angeles=US|san francisco=US|" +
    "silicon valley=US|bay area=US|atlanta=US|miami=US|boston=US|denver=US|phoenix=US|salt lake city=US|" +
    "las vegas=US|eastus=US|westus=US|centralus=US|canada=CA|toronto=CA|montreal=CA|vancouver=CA|" +
    "quebec=CA|ontario=CA|canadacentral=CA|mexico=MX",
  south_america:
    "south america|latin america|latam|brazil=BR|sao paulo=BR|são paulo=BR|argentina=AR|buenos aires=AR|" +
    "chile=CL|santiago=CL|colombia=CO|bogota=CO|peru=PE",
  europe:
    "europe|eu|european union|emea|nordics|scandinavia|benelux|westeurope|northeurope|" +
    "uk=GB|united kingdom=GB|britain=GB|great britain=GB|england=GB|scotland=GB|wales=GB|london=GB|" +
    "manchester=GB|uksouth=GB|ireland=IE|dublin=IE|france=FR|paris=FR|marseille=FR|germany=DE|berlin=DE|" +
    "frankfurt=DE|munich=DE|hamburg=DE|netherlands=NL|holland=NL|amsterdam=NL|belgium=BE|brussels=BE|" +
    "luxembourg=LU|switzerland=CH|zurich=CH|geneva=CH|austria=AT|vienna=AT|italy=IT|milan=IT|rome=IT|" +
    "spain=ES|madrid=ES|barcelona=ES|portugal=PT|lisbon=PT|sweden=SE|stockholm=SE|norway=NO|oslo=NO|" +
    "finland=FI|helsinki=FI|denmark=DK|copenhagen=DK|iceland=IS|poland=PL|warsaw=PL|czech republic=CZ|" +
    "czechia=CZ|prague=CZ|romania=RO|hungary=HU|greece=GR|estonia=EE|latvia=LV|lithuania=LT|bulgaria=BG|" +
    "croatia=HR|slovakia=SK|slovenia=SI",
  asia:
    "asia|apac|asia pacific|east asia|southeast asia|south asia|southeastasia|japan=JP|tokyo=JP|osaka=JP|" +
    "japaneast=JP|south korea=KR|korea=KR|seoul=KR|china=CN|beijing=CN|shanghai=CN|hong kong=HK|" +
    "taiwan=TW|taipei=TW|singapore=SG|india=IN|mumbai=IN|delhi=IN|new delhi=IN|bangalore=IN|bengaluru=IN|" +
    "chennai=IN|hyderabad=IN|pune=IN|indonesia=ID|jakarta=ID|malaysia=MY|kuala lumpur=MY|thailand=TH|" +
    "bangkok=TH|vietnam=VN|philippines=PH|manila=PH",
  oceania:
    "oceania|australia=AU|sydney=AU|melbourne=AU|brisbane=AU|perth=AU|australiaeast=AU|new zealand=NZ|auckland=NZ",
  middle_east:
    "middle east|mena|uae=AE|united arab emirates=AE|dubai=AE|abu dhabi=AE|israel=IL|tel aviv=IL|" +
    "saudi arabia=SA|riyadh=SA|qatar=QA|doha=QA|bahrain=BH|kuwait=KW|oman=OM",
  africa:
    "africa|south africa=ZA|johannesburg=ZA|cape town=ZA|nigeria=NG|lagos=NG|kenya=KE|nairobi=KE|" +
    "egypt=EG|cairo=EG|morocco=MA|ghana=GH",
};

export const placeTable: ReadonlyMap<string, Place> = new Map(
  continents.flatMap((continent) =>
    places[continent].split("|").map((entry) => {
      const [name = "", country] = entry.split("=");
      return [name, { country: country ?? null, continent }] as const;
    }),
  ),
);

/** Demonyms count only before an infrastructure noun ("german servers", not "in German"). */
export const demonyms: ReadonlyMap<string, Place> = new Map([
  ["american", { country: "US", continent: "north_america" }],
  ["canadian", { country: "CA", continent: "north_america" }],
  ["european", { country: null, continent: "europe" }],
  ["german", { country: "DE", continent: "europe" }],
  ["french", { country: "FR", continent: "europe" }],
  ["dutch", { country: "NL", continent: "europe" }],
  ["british", { country: "GB", continent: "europe" }],
  ["irish", { country: "IE", continent: "europe" }],
  ["swiss", { country: "CH", continent: "europe" }],
  ["swedish", { country: "SE", continent: "europe" }],
  ["norwegian", { country: "NO", continent: "europe" }],
  ["finnish", { country: "FI", continent: "europe" }],
  ["japanese", { country: "JP", continent: "asia" }],
  ["korean", { country: "KR", continent: "asia" }],
  ["indian", { country: "IN", continent: "asia" }],
  ["australian", { country: "AU", continent: "oceania" }],
  ["brazilian", { country: "BR", continent: "south_america" }],
  ["asian", { country: null, continent: "asia" }],
]);

export const infrastructureNouns: ReadonlySet<string> = new Set(
  "server servers datacenter datacenters data dc dcs region regions cloud provider providers host hosting gpu gpus infrastructure infra location locations machines nodes soil".split(
    " ",
  ),
);

/** Cloud region prefixes ("us-east-1", "eu-west-2", "ap-southeast-1", "me-central-1"). */
export const cloudPrefixes: Readonly<Record<string, Place>> = {
  us: { country: "US", continent: "north_america" },
  ca: { country: "CA", continent: "north_america" },
  northamerica: { country: null, continent: "north_america" },
  sa: { country: null, continent: "south_america" },
  southamerica: { country: null, continent: "south_america" },
  eu: { country: null, continent: "europe" },
  europe: { country: null, continent: "europe" },
  uk: { country: "GB", continent: "europe" },
  ap: { country: null, continent: "asia" },
  asia: { country: null, continent: "asia" },
  me: { country: null, continent: "middle_east" },
  af: { country: null, continent: "africa" },
  australia: { country: "AU", continent: "oceania" },
};
