#pragma once

namespace Newsdesk::Gui {

// Starts the editor window: `newsdesk [--library LIB]`.
int run(int &argc, char **argv);

} // namespace Newsdesk::Gui
