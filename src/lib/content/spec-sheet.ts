/**
 * A car's specifications as a review prints them, and as schema.org `Car`
 * JSON-LD for search engines. Only what the author gives is shown.
 */
export interface CarSpecs {
  make: string;
  model: string;
  year?: number | undefined;
  engine?: string | undefined;
  /** e.g. "300 hp" */
  power?: string | undefined;
  /** e.g. "295 lb-ft" */
  torque?: string | undefined;
  drivetrain?: string | undefined;
  transmission?: string | undefined;
  /** e.g. "5.8 s" */
  zeroToSixty?: string | undefined;
  /** e.g. "27 mpg combined" */
  fuelEconomy?: string | undefined;
  basePrice?: number | undefined;
  asTestedPrice?: number | undefined;
  /** ISO 4217 code of both prices. */
  currency?: string | undefined;
}

export function specTitle(specs: CarSpecs): string {
  return [specs.year, specs.make, specs.model].filter(Boolean).join(" ");
}

export function specRows(specs: CarSpecs, locale: string): [string, string][] {
  const money = (amount: number) =>
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency: specs.currency ?? "USD",
      maximumFractionDigits: 0,
    }).format(amount);
  const rows: [string, string | undefined][] = [
    ["Engine", specs.engine],
    ["Power", specs.power],
    ["Torque", specs.torque],
    ["Drivetrain", specs.drivetrain],
    ["Transmission", specs.transmission],
    ["0–60 mph", specs.zeroToSixty],
    ["Fuel economy", specs.fuelEconomy],
    ["Base price", specs.basePrice === undefined ? undefined : money(specs.basePrice)],
    ["As tested", specs.asTestedPrice === undefined ? undefined : money(specs.asTestedPrice)],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== "");
}

export function carJsonLd(specs: CarSpecs) {
  return {
    "@context": "https://schema.org",
    "@type": "Car",
    name: specTitle(specs),
    brand: { "@type": "Brand", name: specs.make },
    model: specs.model,
    ...(specs.year ? { vehicleModelDate: String(specs.year) } : {}),
    ...(specs.engine || specs.power || specs.torque
      ? {
          vehicleEngine: {
            "@type": "EngineSpecification",
            ...(specs.engine ? { name: specs.engine } : {}),
            ...(specs.power ? { enginePower: specs.power } : {}),
            ...(specs.torque ? { torque: specs.torque } : {}),
          },
        }
      : {}),
    ...(specs.drivetrain ? { driveWheelConfiguration: specs.drivetrain } : {}),
    ...(specs.transmission ? { vehicleTransmission: specs.transmission } : {}),
    ...(specs.zeroToSixty ? { accelerationTime: specs.zeroToSixty } : {}),
    ...(specs.fuelEconomy ? { fuelEfficiency: specs.fuelEconomy } : {}),
    ...(specs.basePrice !== undefined
      ? { offers: { "@type": "Offer", price: specs.basePrice, priceCurrency: specs.currency ?? "USD" } }
      : {}),
  };
}
