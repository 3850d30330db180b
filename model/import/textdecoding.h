#pragma once
#include <QCoreApplication>
#include <QStringList>
namespace Newsdesk {
class TextDecoding final {
public:
    struct Decoded { QString text; QString charset; QStringList warnings; };
    static Decoded decodeHtml(const QByteArray &bytes) { return {QString::fromUtf8(bytes), QStringLiteral("utf-8"), {}}; }
    static Decoded decodeText(const QByteArray &bytes) { return decodeHtml(bytes); }
};
}
