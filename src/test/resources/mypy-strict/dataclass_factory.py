from dataclasses import dataclass, field


@dataclass
class Team:
    name: str
    members: list[str] = field(default_factory=list)

    def add(self, who: str) -> None:
        self.members.append(who)


t = Team("red")
t.add("ann")
t.add("bo")
print(t.name, t.members, len(Team("blue").members))
