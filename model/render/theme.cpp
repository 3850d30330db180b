#include "theme.h"

#include "render/templateloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr std::array<const char16_t *, Theme::PageCount> TemplateNames {u"article", u"list",
                                                                        u"home", u"tag", u"404",
                                                                        u"withdrawn"};
const QString FallbackLanguage = u"zh-CN"_s;

// An in-memory sink for kainjow's render(context, stream).
struct ByteSink
{
    QByteArray bytes;
    ByteSink &operator<<(const std::string &text)
    {
        bytes.append(text.data(), qsizetype(text.size()));
        return *this;
    }
};

// kainjow's html_escape appends character by character; most values need no escaping at all,
// and the rest is copied in runs. The same five characters, escaped the same way.
const char *entityFor(char c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&apos;";
    default:
        return nullptr;
    }
}

std::string escapeHtml(const std::string &text)
{
    std::string escaped;
    size_t copied = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char *entity = entityFor(text[i]);
        if (!entity)
            continue;
        if (copied == 0 && escaped.empty())
            escaped.reserve(text.size() + 16);
        escaped.append(text, copied, i - copied);
        escaped += entity;
        copied = i + 1;
    }
    if (copied == 0)
        return text;
    escaped.append(text, copied, std::string::npos);
    return escaped;
}

int lineAtOffset(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}
} // namespace

const Theme::Data *Theme::Context::get(const std::string &name) const
{
    if (name == ".")
        return m_items.back();
    const size_t dot = name.find('.');
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        if (dot == std::string::npos) {
            if (const Data *found = (*it)->get(name))
                return found;
            continue;
        }
        // x.y.z: the whole path from this item, else from the next one down.
        const Data *found = *it;
        size_t start = 0;
        while (found) {
            const size_t end = name.find('.', start);
            found = found->get(name.substr(start, end == std::string::npos ? end : end - start));
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
        if (found)
            return found;
    }
    return nullptr;
}

QString Theme::templateName(Page page)
{
    return QString::fromUtf16(TemplateNames[std::size_t(page)]);
}

Result<Theme> Theme::load(const QString &folder)
{
    Theme theme;
    theme.m_folder = folder.isEmpty() ? DefaultFolder : folder;
    if (!QFileInfo(theme.m_folder).isDir()) {
        return Error(Error::Kind::NotFound,
                     tr("The theme folder %1 does not exist.").arg(theme.m_folder));
    }
    TemplateLoader loader(theme.m_folder);
    for (int i = 0; i < PageCount; ++i) {
        Result<TemplateLoader::Expanded> expanded = loader.load(templateName(Page(i)));
        if (!expanded)
            return expanded.error();
        kainjow::mustache::mustache compiled(expanded.value().text);
        if (!compiled.is_valid())
            return loader.parseError(expanded.value(), compiled.error_message());
        compiled.set_custom_escape(escapeHtml);
        theme.m_templates[std::size_t(i)] = std::move(compiled);
    }
    if (Status s = theme.loadStrings(); !s)
        return s.error();
    theme.listAssets();
    return theme;
}

Status Theme::loadStrings()
{
    const QDir dir(QDir(m_folder).filePath(u"strings"_s));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(Error::Kind::Io,
                         tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        }
        const QByteArray bytes = file.readAll();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return Error(Error::Kind::Invalid,
                         tr("%1, line %2: %3")
                                 .arg(file.fileName())
                                 .arg(lineAtOffset(bytes, parseError.offset))
                                 .arg(document.isNull() ? parseError.errorString()
                                                        : tr("not a JSON object")));
        }
        Data texts;
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            texts.set(it.key().toStdString(), it.value().toString().toStdString());
        m_strings.insert(name.chopped(5), texts);
    }
    return {};
}

QString Theme::text(const QString &language, const std::string &key) const
{
    const Data texts = strings(language);
    const Data *value = texts.is_object() ? texts.get(key) : nullptr;
    return value && value->is_string() ? QString::fromStdString(value->string_value()) : QString();
}

Theme::Data Theme::strings(const QString &language) const
{
    for (auto it = m_strings.begin(); it != m_strings.end(); ++it) {
        if (it.key().compare(language, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    const QString primary = language.section(u'-', 0, 0);
    QStringList languages = m_strings.keys();
    std::sort(languages.begin(), languages.end());
    for (const QString &candidate : std::as_const(languages)) {
        if (!primary.isEmpty()
            && candidate.section(u'-', 0, 0).compare(primary, Qt::CaseInsensitive) == 0)
            return m_strings.value(candidate);
    }
    if (m_strings.contains(FallbackLanguage))
        return m_strings.value(FallbackLanguage);
    return languages.isEmpty() ? Data() : m_strings.value(languages.first());
}

void Theme::listAssets()
{
    const QString root = QDir(m_folder).filePath(u"assets"_s);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        m_assets.append(QDir(root).relativeFilePath(it.next()));
    std::sort(m_assets.begin(), m_assets.end());
}

Result<QByteArray> Theme::asset(const QString &relativePath) const
{
    if (!m_assets.contains(relativePath)) {
        return Error(Error::Kind::NotFound,
                     tr("The theme %1 has no asset %2.").arg(m_folder, relativePath));
    }
    QFile file(QDir(m_folder).filePath(u"assets/"_s + relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return file.readAll();
}

Result<QByteArray> Theme::render(Page page, Context &context)
{
    kainjow::mustache::mustache &compiled = m_templates[std::size_t(page)];
    ByteSink sink;
    compiled.render(context, sink);
    if (!compiled.is_valid()) {
        return Error(Error::Kind::Failed,
                     tr("Rendering %1 failed: %2")
                             .arg(QDir(m_folder).filePath(
                                          u"templates/%1.mustache"_s.arg(templateName(page))),
                                  QString::fromStdString(compiled.error_message())));
    }
    return std::move(sink.bytes);
}

} // namespace Newsdesk
