# Messages of rules-top. Ids are kebab-case; arguments are snake_case.
