#pragma once

#include <QPalette>

namespace Newsdesk::Test {

// A dark palette as a dark desktop theme gives one: light text on dark window and field
// colours. Its link colour stays a light theme's blue, as a carelessly derived dark palette
// keeps it, so that tests see the interface make links readable on its own.
QPalette darkPalette();

} // namespace Newsdesk::Test
