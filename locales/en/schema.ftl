# Messages of schema. Ids are kebab-case; arguments are snake_case.
