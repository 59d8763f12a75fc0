# Messages of rules-adm. Ids are kebab-case; arguments are snake_case.
