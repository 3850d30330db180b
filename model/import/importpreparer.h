#pragma once

#include "html/sanitizerreport.h"
#include "import/importeddocument.h"
#include "import/importitem.h"
#include "media/imagelimits.h"
#include "media/preparedimage.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace Newsdesk {

struct ImportReadOptions
{
    QTimeZone zone = QTimeZone(8 * 3600); // times written without an offset (the site's zone)
    ImageLimits imageLimits;
    qint64 maxFileBytes = 32LL << 20; // pages, Markdown and text larger than this are skipped
};

// One item read and made ready to store, away from the library: its bytes hashed, its format's
// reader run, its body cleaned by the one Sanitizer, and the images next to it that the body
// shows checked and decoded (MediaImporter::prepare). Local images are media:<placeholder>
// (PasteCleaner::Sentinel + n) in the body until ImportWriter stores them.
struct PreparedImport
{
    struct Image
    {
        QString displayPath; // relative to the import's root
        std::optional<PreparedImage> prepared;
        QString error; // why it cannot be used
    };

    ImportItem item;
    QString contentHash; // SHA-256 of the file's bytes
    std::optional<ImportedDocument> document; // none: error says why
    QString error;
    QString body; // canonical article HTML
    SanitizerReport sanitizer;
    QList<Image> images; // n → image
};

class ImportPreparer final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportPreparer)

public:
    // Thread-safe; touches no database.
    static PreparedImport prepare(const ImportItem &item, const ImportReadOptions &options);
    // The file an image address in item points at, if it is a file inside item's root:
    // relative to the item's folder, or, for a site-absolute "/uploads/1.jpg", below any folder
    // from the item's up to the root (and a Hugo site's static/ beside its content/).
    static std::optional<QString> localImage(const ImportItem &item, const QString &src);
};

} // namespace Newsdesk
