#pragma once

#include <QList>
#include <QString>

namespace Newsdesk {

// What this build of Newsdesk is made of, for the About dialog and bug reports: its version and
// licence, and the libraries it runs on with their versions (read from the libraries at run
// time where they say, else as compiled against).
class BuildInfo final
{
public:
    struct LibraryInfo
    {
        QString name;
        QString version; // empty when the library does not say
        QString licence;
    };

    static QString version();
    // The project's licence, e.g. "MIT License" (the first line of the LICENSE file at build
    // time; "MIT" without one).
    static QString licence();
    static QList<LibraryInfo> libraries();
    // Version and libraries as plain text, one per line, for the clipboard.
    static QString report();
};

} // namespace Newsdesk
