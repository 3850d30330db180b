#include "templateloader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int MaxPartialDepth = 20;

std::string trimmed(const std::string &s)
{
    const auto begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\r\n");
    return s.substr(begin, end - begin + 1);
}

bool isPartialName(const QString &name)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$"_s);
    return allowed.match(name).hasMatch();
}
} // namespace

TemplateLoader::TemplateLoader(QString folder)
    : m_folder(std::move(folder))
{
}

QString TemplateLoader::displayPath(const QString &file) const
{
    return QDir(m_folder).filePath(file);
}

Result<const std::string *> TemplateLoader::read(const QString &file)
{
    if (auto it = m_files.find(file); it != m_files.end())
        return &it->second;
    QFile f(displayPath(file));
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(f.exists() ? Error::Kind::Io : Error::Kind::NotFound,
                     tr("Cannot read the template %1: %2").arg(displayPath(file), f.errorString()));
    }
    const QByteArray bytes = f.readAll();
    return &m_files.emplace(file, std::string(bytes.constData(), size_t(bytes.size())))
                    .first->second;
}

Result<TemplateLoader::Expanded> TemplateLoader::load(const QString &name)
{
    Expanded expanded;
    QStringList stack;
    if (Result<Delimiters> d = expand(u"templates/%1.mustache"_s.arg(name), expanded, stack); !d)
        return d.error();
    return expanded;
}

// Copies file into out, inlining partials; returns the delimiters in force at its end.
Result<TemplateLoader::Delimiters> TemplateLoader::expand(const QString &file, Expanded &out,
                                                          QStringList &stack)
{
    Result<const std::string *> read = this->read(file);
    if (!read)
        return read.error();
    const std::string &text = *read.value();
    stack.append(file);
    Delimiters delimiters;
    size_t copied = 0; // text[0, copied) is in out
    const auto copyUpTo = [&](size_t end) {
        if (end > copied) {
            out.spans.append({out.text.size(), file, copied});
            out.text.append(text, copied, end - copied);
        }
        copied = end;
    };
    size_t at = 0;
    while ((at = text.find(delimiters.open, at)) != std::string::npos) {
        const bool triple = delimiters.open == "{{" && text.compare(at + 2, 1, "{") == 0;
        const size_t contentStart = at + delimiters.open.size() + (triple ? 1 : 0);
        const std::string close = triple ? std::string("}}}") : delimiters.close;
        const size_t closeAt = text.find(close, contentStart);
        if (closeAt == std::string::npos)
            break; // kainjow reports the unclosed tag, at its place in the file
        const size_t tagEnd = closeAt + close.size();
        const std::string contents = trimmed(text.substr(contentStart, closeAt - contentStart));
        if (!triple && contents.size() >= 5 && contents.front() == '=' && contents.back() == '=') {
            const std::string inner = trimmed(contents.substr(1, contents.size() - 2));
            const size_t space = inner.find_first_of(" \t");
            if (space != std::string::npos) {
                delimiters.open = inner.substr(0, space);
                delimiters.close = trimmed(inner.substr(space));
            }
        } else if (!triple && !contents.empty() && contents.front() == '>') {
            const QString name = QString::fromStdString(trimmed(contents.substr(1)));
            copyUpTo(at);
            const QString partial = u"templates/partials/%1.mustache"_s.arg(name);
            if (!isPartialName(name)) {
                return errorAt(
                        out, out.text.size(),
                        tr("\"%1\" is not a partial name (letters, digits, - and _)").arg(name));
            }
            if (stack.contains(partial) || stack.size() > MaxPartialDepth) {
                return errorAt(out, out.text.size(),
                               tr("the partial \"%1\" includes itself").arg(name));
            }
            if (!QFile::exists(displayPath(partial))) {
                return errorAt(out, out.text.size(),
                               tr("the partial \"%1\" does not exist (%2)")
                                       .arg(name, displayPath(partial)));
            }
            const Delimiters defaults;
            // Synthetic set-delimiter tags map to the partial tag that caused them.
            const auto synthetic = [&](const Delimiters &from, const Delimiters &to) {
                out.spans.append({out.text.size(), file, at});
                out.text += from.open + "=" + to.open + " " + to.close + "=" + from.close;
            };
            if (!(delimiters == defaults))
                synthetic(delimiters, defaults);
            Result<Delimiters> end = expand(partial, out, stack);
            if (!end)
                return end.error();
            if (!(end.value() == delimiters))
                synthetic(end.value(), delimiters);
            copied = tagEnd;
        }
        at = tagEnd;
    }
    copyUpTo(text.size());
    stack.removeLast();
    return delimiters;
}

int TemplateLoader::lineOf(const QString &file, size_t offset) const
{
    const auto found = m_files.find(file);
    if (found == m_files.end())
        return 0;
    const std::string &text = found->second;
    const auto end = text.begin() + std::min(offset, text.size());
    return int(std::count(text.begin(), end, '\n')) + 1;
}

Error TemplateLoader::errorAt(const Expanded &expanded, size_t position,
                              const QString &problem) const
{
    // The last span that starts at or before position.
    const auto it =
            std::upper_bound(expanded.spans.begin(), expanded.spans.end(), position,
                             [](size_t p, const Expanded::Span &span) { return p < span.start; });
    if (it == expanded.spans.begin())
        return Error(Error::Kind::Invalid, problem);
    const Expanded::Span &span = *(it - 1);
    const size_t offset = span.offset + (position - span.start);
    return Error(Error::Kind::Invalid,
                 tr("%1, line %2: %3")
                         .arg(displayPath(span.file))
                         .arg(lineOf(span.file, offset))
                         .arg(problem));
}

Error TemplateLoader::parseError(const Expanded &expanded, const std::string &kainjowMessage) const
{
    static const QRegularExpression pattern(
            u"^(Unclosed tag|Unclosed section|Unopened section|Invalid set delimiter tag)"
            "(?: \"(.*)\")? at (\\d+)$"_s);
    const QString message = QString::fromStdString(kainjowMessage);
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return errorAt(expanded, 0, message);
    const QString kind = match.captured(1);
    const QString name = match.captured(2);
    QString problem;
    if (kind == u"Unclosed tag"_s)
        problem = tr("a tag is opened but never closed");
    else if (kind == u"Unclosed section"_s)
        problem = tr("the section \"%1\" is never closed").arg(name);
    else if (kind == u"Unopened section"_s)
        problem = tr("\"%1\" closes a section that was never opened").arg(name);
    else
        problem = tr("a set-delimiter tag is not valid");
    return errorAt(expanded, match.captured(3).toULongLong(), problem);
}

} // namespace Newsdesk
