class Outer:
    class Inner:
        pass

    def make(self):
        return Inner()


Outer().make()
