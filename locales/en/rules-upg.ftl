# Messages of rules-upg. Ids are kebab-case; arguments are snake_case.
