from string import Template

print(Template("$who likes $what").substitute(who="tim", what="pie"))
