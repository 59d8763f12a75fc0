# Messages of rules-pre. Ids are kebab-case; arguments are snake_case.
