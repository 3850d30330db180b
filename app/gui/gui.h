#pragma once

#include <QStringList>

namespace Newsdesk::Gui {

// Starts the editor window: `newsdesk [--library LIB]` or `newsdesk LIB`.
int run(int &argc, char **argv);

// Whether arguments (the program's, its name first) name a library for the editor to open,
// `newsdesk postgresql://…` or `newsdesk FILE.newsdesk`, rather than a subcommand.
bool opensLocation(const QStringList &arguments);

} // namespace Newsdesk::Gui
