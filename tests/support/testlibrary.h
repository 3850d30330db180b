#pragma once

#include "storage/library.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Newsdesk::Test {

// Creates a library file in dir (with the demo newsroom and articles generated articles when
// demo is set) and returns its path; fails the current test when that does not work.
QString createLibrary(const QTemporaryDir &dir, const QString &name, bool demo, int articles = 20);
// Opens path, failing the current test with the error's message when it cannot.
std::unique_ptr<Library> openLibrary(const QString &path);
// SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray fileHash(const QString &path);

} // namespace Newsdesk::Test
