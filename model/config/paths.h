#pragma once

#include <QString>

namespace Newsdesk::Paths {

// The library opened when none is named: library.newsdesk in the platform's application data
// folder (~/.local/share/newsdesk/ on Linux).
QString defaultLibrary();

// The recovery store of unsaved edits: recovery.sqlite in the application data folder, beside
// the default library (see model/recovery/recoverystore.h).
QString recoveryStore();

// The name of the person logged in to this computer ("admin" when unknown), used for the first
// administrator of a new empty library and to guess who is working.
QString loginName();

// The file name filter for library files in file dialogs.
inline constexpr char16_t LibrarySuffix[] = u"newsdesk";

} // namespace Newsdesk::Paths
