// opsdeck, the program users run: it loads nothing but libc, picks the program that does
// the work and replaces itself with it (execv, same arguments, same process).
//
// - `opsdeck [GLOBAL OPTIONS] export ...` runs opsdeck-export: the headless export
//   commands alone, linked with --as-needed, so they load Qt Core, Gui, Svg and Sql but
//   not the window's libraries (Qt Widgets, Qt Charts, OpenGL) nor libssh2, libcurl,
//   libarchive and the keychain. Loading those took three quarters of a short export's
//   time: rrdtool's peer figure (issue 10) is measured on the whole process.
// - anything else (the window, every other command, --help, --version) runs opsdeck-app.
//
// Both live in ../libexec/opsdeck next to this program's folder (the package and the
// build tree are laid out alike), or else in this program's own folder.

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

std::string selfFolder()
{
    char path[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
    if (n <= 0)
        return ".";
    path[n] = '\0';
    std::string s(path);
    const std::string::size_type slash = s.rfind('/');
    return slash == std::string::npos ? std::string(".") : s.substr(0, slash);
}

bool startsWith(const char* s, const char* prefix)
{
    return std::strncmp(s, prefix, std::strlen(prefix)) == 0;
}

// The first word that is not a global option (as app/main.cpp reads them): the noun.
const char* nounOf(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--db") == 0 || std::strcmp(a, "--lang") == 0) {
            ++i; // its value
            continue;
        }
        if (startsWith(a, "--db=") || startsWith(a, "--lang="))
            continue;
        if (a[0] == '-' && a[1] != '\0')
            return nullptr; // --help, --version, an unknown option: opsdeck-app answers
        return a;
    }
    return nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    const char* noun = nounOf(argc, argv);
    const char* program = noun && std::strcmp(noun, "export") == 0 ? "opsdeck-export" : "opsdeck-app";
    const std::string folder = selfFolder();
    const std::string candidates[] = {folder + "/../libexec/opsdeck/" + program, folder + "/" + program};
    int error = ENOENT;
    for (const std::string& path : candidates) {
        execv(path.c_str(), argv);
        error = errno; // only reached when it could not be started
        if (error != ENOENT)
            break;
    }
    std::fprintf(stderr, "opsdeck: cannot start %s (installed in %s/../libexec/opsdeck?): %s\n", program,
                 folder.c_str(), std::strerror(error));
    return 127;
}
