#include "fonts/font_set.hpp"
