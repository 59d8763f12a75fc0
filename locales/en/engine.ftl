# Messages of engine. Ids are kebab-case; arguments are snake_case.
