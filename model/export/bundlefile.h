#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Newsdesk {

// One file of a site bundle as an export produces it: where it goes (relative to the bundle's
// root, no leading slash), its bytes, and the live articles whose content it shows (listed in
// the manifest).
struct BundleFile
{
    QString path;
    QByteArray bytes;
    QList<qint64> articles;
};

} // namespace Newsdesk
