# Messages of gate. Ids are kebab-case; arguments are snake_case.
