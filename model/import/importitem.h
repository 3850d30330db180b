#pragma once

#include <QString>
#include <QStringList>

namespace Newsdesk {

// The formats an import reads, told by the file's name.
enum class ImportFormat { Html, Markdown, Text };

// One file to import, found by ImportScanner: on disk, or unpacked from an archive into the
// scan's temporary folder.
struct ImportItem
{
    QString path; // where the bytes are now (absolute)
    // How the report names it: relative to what was given ("site/news/1.html"), archive
    // entries after the archive's name ("old.zip!news/1.html").
    QString displayPath;
    // The ledger key of the file (ImportSource): "file:" and the absolute path as given, an
    // archive entry's after its archive's ("file:/home/a/old.zip!news/1.html").
    QString fileKey;
    // The folder a site-absolute address ("/uploads/1.jpg") starts from, and the boundary no
    // image may come from outside of: the folder given, or the archive's unpacked root.
    QString root;
    // The item's folders below root, outermost first ("news", "2017"): a channel guess for
    // files whose content names none.
    QStringList folders;
    ImportFormat format = ImportFormat::Text;
};

} // namespace Newsdesk
