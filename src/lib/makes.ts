/** Car makes recognised in tags when paddock.config.ts does not list its own. */
export const DEFAULT_MAKES = [
  "Acura", "Alfa Romeo", "Aston Martin", "Audi", "Bentley", "BMW", "BYD", "Bugatti", "Buick",
  "Cadillac", "Chevrolet", "Chrysler", "Citroën", "Cupra", "Dacia", "Dodge", "Ferrari", "Fiat",
  "Ford", "Genesis", "GMC", "Honda", "Hyundai", "Infiniti", "Jaguar", "Jeep", "Kia",
  "Lamborghini", "Land Rover", "Lexus", "Lincoln", "Lotus", "Lucid", "Maserati", "Mazda",
  "McLaren", "Mercedes-Benz", "MG", "Mini", "Mitsubishi", "Nissan", "Peugeot", "Polestar",
  "Porsche", "Ram", "Renault", "Rivian", "Rolls-Royce", "Seat", "Škoda", "Subaru", "Suzuki",
  "Tesla", "Toyota", "Volkswagen", "Volvo",
];

/** True when `tag` names a make in `makes`, ignoring case. */
export function isMake(tag: string, makes: readonly string[]): boolean {
  const wanted = tag.toLocaleLowerCase("en");
  return makes.some((make) => make.toLocaleLowerCase("en") === wanted);
}
