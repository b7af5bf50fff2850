module example.org/old

require github.com/sirupsen/logrus v1.9.3
