# Messages of rules-os. Ids are kebab-case; arguments are snake_case.
