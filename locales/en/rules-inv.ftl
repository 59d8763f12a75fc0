# Messages of rules-inv. Ids are kebab-case; arguments are snake_case.
