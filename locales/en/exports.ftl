# Messages of exports. Ids are kebab-case; arguments are snake_case.
