# Messages of cli. Ids are kebab-case; arguments are snake_case.
