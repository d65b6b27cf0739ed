ｆｏｏ = 1
é = "日本語"
ﬁ = 2
class Ä: pass
