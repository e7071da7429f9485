#pragma once

#include <QStringList>

class QCommandLineParser;

class QTextStream;

namespace hubdesk {

// What every headless command shares: its output streams and the handling of wrong usage.
namespace CommandSupport {

// 64: wrong usage (as sysexits' EX_USAGE); separate from the commands' own codes.
constexpr int UsageError = 64;

QTextStream &out();
QTextStream &err();
// Prints "hubdesk COMMAND: message" and how to get help; returns UsageError.
int usageError(const QString &message, const QString &command);
// Parses the arguments of one command; false (with *exitCode) for --help or bad options.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int *exitCode);
// The delimiter a --delimiter value names (comma, semicolon, tab, or the character);
// false for anything else.
bool delimiterOf(const QString &value, QChar *delimiter);

} // namespace CommandSupport

} // namespace hubdesk
