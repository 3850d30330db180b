#pragma once
#include "core/result.h"
#include "import/importeddocument.h"
#include <QTimeZone>
namespace Newsdesk {
class MarkdownReader final {
public:
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &name, const QTimeZone &) { ImportedDocument d; d.title = name; d.bodyHtml = QString::fromUtf8(bytes); return d; }
};
}
