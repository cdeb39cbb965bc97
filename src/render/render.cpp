#include "render/render.hpp"
