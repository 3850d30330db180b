#include "testlibrary.h"

#include "demo/demolibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Newsdesk::Test {

QString createLibrary(const QTemporaryDir &dir, const QString &name, bool demo, int articles)
{
    const QString path = dir.filePath(name);
    const Status created = Library::create(path, [&](Library &library) {
        return demo ? DemoLibrary::populateDemo(library, articles)
                    : DemoLibrary::populateEmpty(library, u"admin"_s);
    });
    if (!created)
        QTest::qFail(qPrintable(created.error().message()), __FILE__, __LINE__);
    return path;
}

std::unique_ptr<Library> openLibrary(const QString &path)
{
    Result<std::unique_ptr<Library>> opened = Library::open(path);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened.value());
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Newsdesk::Test
