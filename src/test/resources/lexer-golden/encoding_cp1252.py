# -*- coding: cp1252 -*-
x = "€"
café = 1
