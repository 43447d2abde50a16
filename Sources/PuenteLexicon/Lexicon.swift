import PuenteText
