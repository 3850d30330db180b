#include "import/safearchive.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>
#include <clocale>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

enum class Format { Zip, TarGz, Tar }; // Tar: GNU tar, names as raw bytes

enum class Kind { File, Folder, Symlink, Hardlink, CharDevice, Fifo };

// One entry to write: its name as raw bytes (UTF-8 unless a test says otherwise).
struct Entry
{
    QByteArray name;
    Kind kind = Kind::File;
    QByteArray data;
    QByteArray link; // symlink or hardlink target
};
using Entries = QList<Entry>;

// What is done to the archive after writing it (or how it is written).
enum class Damage {
    None,
    Encrypt, // zip: every entry encrypted (traditional PKWARE)
    CharDevice, // zip: the entry's Unix mode says character device
    Socket, // zip: ... socket
    SmallerSize, // zip: the central directory declares 1000 bytes for the entry
    Truncate, // the file cut in half
    NotAnArchive, // the file replaced by text
};

} // namespace

Q_DECLARE_METATYPE(Entry)
Q_DECLARE_METATYPE(Format)
Q_DECLARE_METATYPE(Damage)
Q_DECLARE_METATYPE(Newsdesk::ArchiveLimits)

namespace {

constexpr qint64 MiB = 1 << 20;

QString suffix(Format format)
{
    switch (format) {
    case Format::Zip:
        return u".zip"_s;
    case Format::TarGz:
        return u".tar.gz"_s;
    case Format::Tar:
        break;
    }
    return u".tar"_s;
}

Entry file(const QByteArray &name, const QByteArray &data = "text\n")
{
    return {name, Kind::File, data, {}};
}

Entry folder(const QByteArray &name)
{
    return {name, Kind::Folder, {}, {}};
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QList<quint32> words((size + 3) / 4);
    QRandomGenerator(seed).fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

// Writes an archive with libarchive's write API. `options` go to archive_write_set_options.
bool writeArchive(const QString &path, Format format, const Entries &entries,
                  const char *options = nullptr, bool encrypt = false)
{
    struct archive *a = archive_write_new();
    const auto fail = [a](const char *what) {
        qWarning("%s: %s", what, archive_error_string(a));
        archive_write_free(a);
        return false;
    };
    if (format == Format::Zip) {
        archive_write_set_format_zip(a);
    } else if (format == Format::TarGz) {
        archive_write_set_format_pax_restricted(a);
        archive_write_add_filter_gzip(a);
    } else {
        archive_write_set_format_gnutar(a);
    }
    if (options && archive_write_set_options(a, options) != ARCHIVE_OK)
        return fail("options");
    if (encrypt
        && (archive_write_set_options(a, "zip:encryption=zipcrypt") != ARCHIVE_OK
            || archive_write_set_passphrase(a, "secret") != ARCHIVE_OK))
        return fail("encryption");
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return fail("open");
    for (const Entry &spec : entries) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_copy_pathname(entry, spec.name.constData());
        archive_entry_set_perm(entry, 0644);
        switch (spec.kind) {
        case Kind::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, spec.data.size());
            break;
        case Kind::Folder:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case Kind::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_copy_symlink(entry, spec.link.constData());
            break;
        case Kind::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_copy_hardlink(entry, spec.link.constData());
            archive_entry_set_size(entry, 0);
            break;
        case Kind::CharDevice:
            archive_entry_set_filetype(entry, AE_IFCHR);
            archive_entry_set_rdev(entry, (1 << 8) | 3); // /dev/null
            break;
        case Kind::Fifo:
            archive_entry_set_filetype(entry, AE_IFIFO);
            break;
        }
        const int header = archive_write_header(a, entry);
        archive_entry_free(entry);
        if (header != ARCHIVE_OK)
            return fail(spec.name.constData());
        if (spec.kind == Kind::File && !spec.data.isEmpty()
            && archive_write_data(a, spec.data.constData(), size_t(spec.data.size()))
                    != spec.data.size())
            return fail(spec.name.constData());
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return fail("close");
    archive_write_free(a);
    return true;
}

// Calls patch(central, local) with the central directory header and the local header of each
// entry named `name` in a zip's bytes; returns how many it found.
int patchZip(QByteArray &zip, const QByteArray &name,
             const std::function<void(char *, char *)> &patch)
{
    int found = 0;
    const QByteArrayView signature("PK\x01\x02", 4);
    for (qsizetype at = zip.indexOf(signature); at >= 0 && at + 46 <= zip.size();
         at = zip.indexOf(signature, at + 4)) {
        char *central = zip.data() + at;
        const quint16 nameLength = qFromLittleEndian<quint16>(central + 28);
        if (QByteArrayView(central + 46, nameLength) != name)
            continue;
        patch(central, zip.data() + qFromLittleEndian<quint32>(central + 42));
        ++found;
    }
    return found;
}

void setUnixMode(char *central, quint32 mode)
{
    central[5] = 3; // made by: Unix, so the external attributes hold a mode
    qToLittleEndian<quint32>(mode << 16, central + 38);
}

bool applyDamage(const QString &path, Damage how, const QByteArray &entry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = file.readAll();
    file.close();
    int patched = 1;
    switch (how) {
    case Damage::None:
    case Damage::Encrypt:
        return true;
    case Damage::CharDevice:
        patched =
                patchZip(bytes, entry, [](char *central, char *) { setUnixMode(central, 020644); });
        break;
    case Damage::Socket:
        patched = patchZip(bytes, entry,
                           [](char *central, char *) { setUnixMode(central, 0140644); });
        break;
    case Damage::SmallerSize:
        patched = patchZip(bytes, entry, [](char *central, char *local) {
            qToLittleEndian<quint32>(1000, central + 24);
            if (qFromLittleEndian<quint32>(local + 22) != 0)
                qToLittleEndian<quint32>(1000, local + 22);
        });
        break;
    case Damage::Truncate:
        bytes.truncate(bytes.size() / 2);
        break;
    case Damage::NotAnArchive:
        bytes = "This is a text file, not an archive.\n";
        break;
    }
    if (patched != 1 || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

// Everything under a folder, relative, folders with a trailing '/', sorted.
QStringList contents(const QString &folder)
{
    QStringList paths;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString path = QDir(folder).relativeFilePath(info.filePath());
        paths.append(info.isDir() ? path + u'/' : path);
    }
    paths.sort();
    return paths;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// SafeArchive against archives written here with libarchive: good ones extract exactly, each
// kind of unsafe, oversized or damaged one is refused by check() and extract() with a message
// naming the entry, and nothing is written.
class TestSafeArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The writer converts names from the locale; the reader must not depend on it (see
        // check_inTheCLocale_readsChineseNames).
        QVERIFY(std::setlocale(LC_ALL, "C.UTF-8"));
    }

    void isArchive_byFileName_data();
    void isArchive_byFileName();
    void extract_goodArchive_writesExactly_data();
    void extract_goodArchive_writesExactly();
    void extract_zipNamesWithoutUtf8Flag_decodesGbkAndUtf8_data();
    void extract_zipNamesWithoutUtf8Flag_decodesGbkAndUtf8();
    void extract_gnuTarNameInGbk_decodes();
    void check_inTheCLocale_readsChineseNames();
    void check_onManyThreadsAtOnce_agrees();
    void unsafeArchive_isRefusedBeforeAnyWrite_data();
    void unsafeArchive_isRefusedBeforeAnyWrite();
    void extract_whenWritingFails_leavesTargetEmpty();
    void extract_targetMissingOrNotEmpty_isRefused();
    void extract_tenThousandEntries_inReasonableTime_data();
    void extract_tenThousandEntries_inReasonableTime();
};

void TestSafeArchive::isArchive_byFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("archive");
    QTest::newRow("zip") << u"/in/news.zip"_s << true;
    QTest::newRow("ZIP") << u"NEWS.ZIP"_s << true;
    QTest::newRow("tar.gz") << u"site.tar.gz"_s << true;
    QTest::newRow("TGZ") << u"site.TGZ"_s << true;
    QTest::newRow("tar") << u"site.Tar"_s << true;
    QTest::newRow("gz") << u"page.html.gz"_s << false;
    QTest::newRow("zipx") << u"news.zipx"_s << false;
    QTest::newRow("7z") << u"news.7z"_s << false;
    QTest::newRow("folder named zip") << u"news.zip/page.html"_s << false;
    QTest::newRow("markdown") << u"post.md"_s << false;
}

void TestSafeArchive::isArchive_byFileName()
{
    QFETCH(QString, path);
    QFETCH(bool, archive);
    QCOMPARE(SafeArchive::isArchive(path), archive);
}

void TestSafeArchive::extract_goodArchive_writesExactly_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("onDisk");

    const QByteArray photo = randomBytes(300'000, 7);
    const Entries nested {folder("docs/"),
                          folder("docs/2024/"),
                          file("docs/2024/新闻稿.md", "# 标题\n\n正文。\n"),
                          file("docs/readme.txt", "read me\n"),
                          file("top.txt", ""),
                          folder("empty/"),
                          file("图片/照片.jpg", photo)};
    const QStringList files {u"docs/2024/新闻稿.md"_s, u"docs/readme.txt"_s, u"top.txt"_s,
                             u"图片/照片.jpg"_s};
    const QStringList onDisk {u"docs/"_s,           u"docs/2024/"_s,   u"docs/2024/新闻稿.md"_s,
                              u"docs/readme.txt"_s, u"empty/"_s,       u"top.txt"_s,
                              u"图片/"_s,           u"图片/照片.jpg"_s};
    for (Format format : {Format::Zip, Format::TarGz, Format::Tar}) {
        const QByteArray tag = suffix(format).mid(1).toUtf8();
        QTest::newRow(QByteArray(tag + " nested, Chinese names").constData())
                << format << nested << files << onDisk;
        QTest::newRow(QByteArray(tag + " ./ prefix and a backslash").constData())
                << format << Entries {folder("./"), file("./a/b.txt"), file("c\\d.txt")}
                << QStringList {u"a/b.txt"_s, u"c/d.txt"_s}
                << QStringList {u"a/"_s, u"a/b.txt"_s, u"c/"_s, u"c/d.txt"_s};
        if (format == Format::TarGz) // (libarchive does not take a zip without entries)
            QTest::newRow("tar.gz empty")
                    << format << Entries {} << QStringList {} << QStringList {};
    }
}

void TestSafeArchive::extract_goodArchive_writesExactly()
{
    QFETCH(Format, format);
    QFETCH(Entries, entries);
    QFETCH(QStringList, files);
    QFETCH(QStringList, onDisk);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"news"_s + suffix(format));
    QVERIFY(writeArchive(path, format, entries));
    const Status checked = SafeArchive::check(path);
    QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message()));

    const QString target = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(target));
    const Result<QStringList> extracted = SafeArchive::extract(path, target);
    QVERIFY2(extracted.ok(), extracted.ok() ? "" : qPrintable(extracted.error().message()));
    QCOMPARE(extracted.value(), files);
    QCOMPARE(contents(target), onDisk);
    for (const Entry &entry : entries) {
        if (entry.kind != Kind::File)
            continue;
        const QString name = QString::fromUtf8(entry.name).replace(u'\\', u'/');
        QCOMPARE(readFile(QDir(target).filePath(name)), entry.data);
    }
}

void TestSafeArchive::extract_zipNamesWithoutUtf8Flag_decodesGbkAndUtf8_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<bool>("clearUtf8Flag");
    QTest::addColumn<QByteArray>("storedName");
    // Chinese Windows: names in the ANSI code page (GBK), no UTF-8 flag.
    QTest::newRow("GBK") << QByteArray("hdrcharset=CP936") << false
                         << QByteArray("\xd0\xc2\xce\xc5/\xd6\xd0\xce\xc4\xc3\xfb.txt");
    // macOS and older Linux tools: UTF-8 bytes, no flag.
    QTest::newRow("UTF-8 unflagged") << QByteArray() << true << "新闻/中文名.txt"_ba;
    QTest::newRow("UTF-8 flagged") << QByteArray() << false << "新闻/中文名.txt"_ba;
}

void TestSafeArchive::extract_zipNamesWithoutUtf8Flag_decodesGbkAndUtf8()
{
    QFETCH(QByteArray, options);
    QFETCH(bool, clearUtf8Flag);
    QFETCH(QByteArray, storedName);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"news.zip"_s);
    QVERIFY(writeArchive(path, Format::Zip, {file("新闻/中文名.txt", "正文")},
                         options.isEmpty() ? nullptr : options.constData()));
    QByteArray zip = readFile(path);
    int flagged = 0;
    QCOMPARE(patchZip(zip, storedName,
                      [&](char *central, char *local) {
                          flagged += (qFromLittleEndian<quint16>(central + 8) >> 11) & 1;
                          if (clearUtf8Flag) {
                              central[9] = char(central[9] & ~0x08);
                              local[7] = char(local[7] & ~0x08);
                          }
                      }),
             1);
    QCOMPARE(flagged, options.isEmpty() ? 1 : 0); // the zip is written the way the row says
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(zip), zip.size());
    out.close();

    const QString target = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(target));
    const Result<QStringList> extracted = SafeArchive::extract(path, target);
    QVERIFY2(extracted.ok(), extracted.ok() ? "" : qPrintable(extracted.error().message()));
    QCOMPARE(extracted.value(), QStringList {u"新闻/中文名.txt"_s});
    QCOMPARE(readFile(target + u"/新闻/中文名.txt"_s), "正文"_ba);
}

void TestSafeArchive::extract_gnuTarNameInGbk_decodes()
{
    // GNU tar stores names as the bytes it was given: GBK on an old Chinese Linux server.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"site.tar"_s);
    const QByteArray gbk("\xd0\xc2\xce\xc5/\xd6\xd0\xce\xc4\xc3\xfb.txt");
    QVERIFY(writeArchive(path, Format::Tar, {file(gbk, "正文")}));
    QVERIFY(readFile(path).contains(gbk));
    const QString target = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(target));
    const Result<QStringList> extracted = SafeArchive::extract(path, target);
    QVERIFY2(extracted.ok(), extracted.ok() ? "" : qPrintable(extracted.error().message()));
    QCOMPARE(extracted.value(), QStringList {u"新闻/中文名.txt"_s});
    QCOMPARE(readFile(target + u"/新闻/中文名.txt"_s), "正文"_ba);
}

void TestSafeArchive::check_inTheCLocale_readsChineseNames()
{
    QTemporaryDir dir;
    for (Format format : {Format::Zip, Format::TarGz}) {
        const QString path = dir.filePath(u"news"_s + suffix(format));
        QVERIFY(writeArchive(path, format, {file("新闻/中文名.txt", "正文")}));
        const QString target = dir.filePath(u"out"_s + suffix(format));
        QVERIFY(QDir().mkpath(target));
        // A service or cron job: the process locale is "C", where libarchive's conversions
        // fail for every non-ASCII name unless SafeArchive sets UTF-8 for its thread.
        QVERIFY(std::setlocale(LC_ALL, "C"));
        const Result<QStringList> extracted = SafeArchive::extract(path, target);
        QVERIFY(std::setlocale(LC_ALL, "C.UTF-8"));
        QVERIFY2(extracted.ok(), extracted.ok() ? "" : qPrintable(extracted.error().message()));
        QCOMPARE(extracted.value(), QStringList {u"新闻/中文名.txt"_s});
    }
}

void TestSafeArchive::unsafeArchive_isRefusedBeforeAnyWrite_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<ArchiveLimits>("limits");
    QTest::addColumn<QString>("entry"); // named in the message (or the archive's name)
    QTest::addColumn<QString>("reason"); // what the message says is wrong

    const Entry ok = file("ok.txt");
    const ArchiveLimits defaults;
    ArchiveLimits threeEntries;
    threeEntries.maxEntries = 3;
    ArchiveLimits oneMiB;
    oneMiB.maxEntryBytes = MiB;
    ArchiveLimits oneMiBTotal;
    oneMiBTotal.maxUnpackedBytes = MiB;
    const QByteArray zeros(2 * MiB, '\0');
    const QByteArray half(MiB / 2, 'x');

    for (Format format : {Format::Zip, Format::TarGz}) {
        const bool zip = format == Format::Zip;
        const QByteArray tag = zip ? "zip " : "tar.gz ";
        const QString archiveName = u"news"_s + suffix(format);
        const auto row = [&](const char *name, const Entries &entries, Damage damage,
                             const ArchiveLimits &limits, const QString &entry,
                             const QString &reason) {
            // libarchive's zip reader turns backslashes in names into slashes.
            const QString named = zip ? QString(entry).replace(u'\\', u'/') : entry;
            QTest::newRow(QByteArray(tag + name).constData())
                    << format << entries << damage << limits << named << reason;
        };
        row("../evil", {ok, file("../evil")}, Damage::None, defaults, u"../evil"_s,
            u"points outside the archive"_s);
        row("a/../../evil", {ok, file("a/../../evil")}, Damage::None, defaults, u"a/../../evil"_s,
            u"points outside the archive"_s);
        row("/abs/evil", {ok, file("/abs/evil")}, Damage::None, defaults, u"/abs/evil"_s,
            u"absolute path"_s);
        row("C:\\evil", {ok, file("C:\\evil")}, Damage::None, defaults, u"C:\\evil"_s,
            u"absolute path"_s);
        row("..\\evil", {ok, file("..\\evil")}, Damage::None, defaults, u"..\\evil"_s,
            u"points outside the archive"_s);
        row("a\\..\\..\\evil", {ok, file("a\\..\\..\\evil")}, Damage::None, defaults,
            u"a\\..\\..\\evil"_s, u"points outside the archive"_s);
        row("\\\\server\\evil", {ok, file("\\\\server\\share\\evil")}, Damage::None, defaults,
            u"\\\\server\\share\\evil"_s, u"absolute path"_s);
        row("control character", {ok, file("bad\x01name.txt")}, Damage::None, defaults,
            u"bad\uFFFDname.txt"_s, u"control characters"_s);
        row("escape in a folder name", {ok, file("dir\x1b[2J/x.txt")}, Damage::None, defaults,
            u"dir\uFFFD[2J/x.txt"_s, u"control characters"_s);
        row("symlink", {ok, {"link", Kind::Symlink, {}, "/etc/passwd"}}, Damage::None, defaults,
            u"link"_s, u"symbolic link"_s);
        row("duplicate", {ok, file("dir/x.txt"), file("dir/x.txt")}, Damage::None, defaults,
            u"dir/x.txt"_s, u"appears more than once"_s);
        row("duplicate folder", {folder("dir/"), ok, folder("dir/")}, Damage::None, defaults,
            u"dir/"_s, u"appears more than once"_s);
        row("file then folder", {file("a"), file("a/b.txt")}, Damage::None, defaults, u"a/b.txt"_s,
            u"lies inside “a”, which is a file"_s);
        row("folder then file", {file("a/b.txt"), file("a")}, Damage::None, defaults, u"a"_s,
            u"both a file and a folder"_s);
        row("too many entries", {file("e1.txt"), file("e2.txt"), file("e3.txt"), file("e4.txt")},
            Damage::None, threeEntries, u"e4.txt"_s, u"3 entries allowed"_s);
        row("declared size over the entry limit", {ok, file("big.bin", zeros)}, Damage::None,
            oneMiB, u"big.bin"_s, u"allowed for one file"_s);
        row("declared sizes over the total",
            {file("a.bin", half), file("b.bin", half), file("c.bin", half)}, Damage::None,
            oneMiBTotal, u"c.bin"_s, u"it may unpack to"_s);
        row("truncated",
            {file("one.bin", randomBytes(200'000, 1)), file("two.bin", randomBytes(200'000, 2))},
            Damage::Truncate, defaults, archiveName, u"damaged"_s);
        row("not an archive", {ok}, Damage::NotAnArchive, defaults, archiveName,
            u"damaged or not a zip or tar archive"_s);
        if (zip) {
            // Zip has no hard links or devices of its own; a zip's Unix mode can still claim a
            // device, which is what a hostile one does. (libarchive reads a FIFO mode in a zip
            // as a regular file.)
            row("character device", {ok, file("dev")}, Damage::CharDevice, defaults, u"dev"_s,
                u"device file"_s);
            row("socket", {ok, file("sock")}, Damage::Socket, defaults, u"sock"_s, u"socket"_s);
            // A zip bomb: the header says 1000 bytes, the data unpacks to 2 MiB.
            row("real data over the limit", {ok, file("big.bin", zeros)}, Damage::SmallerSize,
                oneMiB, u"big.bin"_s, u"unpacks to more than the 1 MiB allowed"_s);
            row("encrypted", {file("secret.txt")}, Damage::Encrypt, defaults, u"secret.txt"_s,
                u"encrypted"_s);
        } else {
            row("hardlink", {ok, {"hard", Kind::Hardlink, {}, "ok.txt"}}, Damage::None, defaults,
                u"hard"_s, u"hard link"_s);
            row("character device", {ok, {"dev", Kind::CharDevice, {}, {}}}, Damage::None, defaults,
                u"dev"_s, u"device file"_s);
            row("fifo", {ok, {"pipe", Kind::Fifo, {}, {}}}, Damage::None, defaults, u"pipe"_s,
                u"named pipe"_s);
        }
    }
}

void TestSafeArchive::unsafeArchive_isRefusedBeforeAnyWrite()
{
    QFETCH(Format, format);
    QFETCH(Entries, entries);
    QFETCH(Damage, damage);
    QFETCH(ArchiveLimits, limits);
    QFETCH(QString, entry);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const QString name = u"news"_s + suffix(format);
    const QString path = dir.filePath(name);
    QVERIFY(writeArchive(path, format, entries, nullptr, damage == Damage::Encrypt));
    QVERIFY(applyDamage(path, damage, entries.constLast().name));
    const QString target = dir.filePath(u"out/in"_s);
    QVERIFY(QDir().mkpath(target));

    const Status checked = SafeArchive::check(path, limits);
    QVERIFY(!checked.ok());
    const QString message = checked.error().message();
    QCOMPARE(checked.error().kind(), Error::Kind::Invalid);
    QVERIFY2(message.startsWith(name), qPrintable(message));
    QVERIFY2(message.contains(QString(u'“' + entry + u'”')) || entry == name, qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(u"nothing was imported"_s), qPrintable(message));

    const Result<QStringList> extracted = SafeArchive::extract(path, target, limits);
    QVERIFY(!extracted.ok());
    QCOMPARE(extracted.error().message(), message);
    QCOMPARE(contents(dir.path()), (QStringList {name, u"out/"_s, u"out/in/"_s}));
}

void TestSafeArchive::extract_whenWritingFails_leavesTargetEmpty()
{
    // The check passes, but the second file's name is too long for the file system: the
    // first file, already written, is removed again.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"news.zip"_s);
    const QByteArray tooLong = "dir/" + QByteArray(300, 'x') + ".txt";
    QVERIFY(writeArchive(path, Format::Zip, {file("sub/first.txt"), file(tooLong)}));
    QVERIFY(SafeArchive::check(path).ok());
    const QString target = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(target));
    const Result<QStringList> extracted = SafeArchive::extract(path, target);
    QVERIFY(!extracted.ok());
    QCOMPARE(extracted.error().kind(), Error::Kind::Io);
    QVERIFY2(extracted.error().message().contains(u"news.zip"_s),
             qPrintable(extracted.error().message()));
    QCOMPARE(contents(target), QStringList());
}

void TestSafeArchive::extract_targetMissingOrNotEmpty_isRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"news.zip"_s);
    QVERIFY(writeArchive(path, Format::Zip, {file("a.txt")}));

    const Result<QStringList> missing = SafeArchive::extract(path, dir.filePath(u"nowhere"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"nowhere"_s)));

    const QString target = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(target));
    QFile existing(target + u"/.keep"_s);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    const Result<QStringList> notEmpty = SafeArchive::extract(path, target);
    QVERIFY(!notEmpty.ok());
    QCOMPARE(notEmpty.error().kind(), Error::Kind::AlreadyExists);
    QCOMPARE(contents(target), QStringList {u".keep"_s});

    const Status unreadable = SafeArchive::check(dir.filePath(u"missing.zip"_s));
    QVERIFY(!unreadable.ok());
    QCOMPARE(unreadable.error().kind(), Error::Kind::Io);
    QVERIFY(unreadable.error().message().contains(u"missing.zip"_s));
}

void TestSafeArchive::check_onManyThreadsAtOnce_agrees()
{
    // The importer checks archives on a thread pool, while the process locale stays "C".
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 8; ++i) {
        const Format format = i % 2 ? Format::Zip : Format::TarGz;
        paths.append(dir.filePath(QStringLiteral("news%1").arg(i) + suffix(format)));
        QVERIFY(writeArchive(
                paths.constLast(), format,
                {file("新闻/中文名.txt", "正文"), file(i % 4 ? "ok.txt" : "../evil")}));
    }
    QVERIFY(std::setlocale(LC_ALL, "C"));
    const QList<QString> messages = QtConcurrent::blockingMapped(paths, [](const QString &path) {
        const Status checked = SafeArchive::check(path);
        return checked.ok() ? QString() : checked.error().message();
    });
    QVERIFY(std::setlocale(LC_ALL, "C.UTF-8"));
    for (int i = 0; i < 8; ++i) {
        if (i % 4)
            QVERIFY2(messages.at(i).isEmpty(), qPrintable(messages.at(i)));
        else
            QVERIFY2(messages.at(i).contains(u"“../evil” points outside"_s),
                     qPrintable(messages.at(i)));
    }
}

void TestSafeArchive::extract_tenThousandEntries_inReasonableTime_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("zip") << Format::Zip;
    QTest::newRow("tar.gz") << Format::TarGz;
}

void TestSafeArchive::extract_tenThousandEntries_inReasonableTime()
{
    QFETCH(Format, format);
    Entries entries;
    for (int i = 0; i < 10'000; ++i) {
        entries.append(file(QStringLiteral("posts/%1/post-%2.md").arg(i % 100).arg(i).toUtf8(),
                            QStringLiteral("---\ntitle: Post %1\n---\nBody.\n").arg(i).toUtf8()));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"site"_s + suffix(format));
    QVERIFY(writeArchive(path, format, entries));
    const QString target = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(target));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(SafeArchive::check(path).ok());
    const qint64 checking = timer.restart();
    const Result<QStringList> extracted = SafeArchive::extract(path, target);
    const qint64 extracting = timer.elapsed();
    QVERIFY2(extracted.ok(), extracted.ok() ? "" : qPrintable(extracted.error().message()));
    QCOMPARE(extracted.value().size(), 10'000);
    QCOMPARE(extracted.value().constLast(), u"posts/99/post-9999.md"_s);
    qDebug("10,000 entries: check %lld ms, extract (check + write) %lld ms", checking, extracting);
}

QTEST_GUILESS_MAIN(TestSafeArchive)
#include "tst_safearchive.moc"
