# ptrail — build, test, install.
#
#   make            build ./ptraild and ./ptrail
#   make deps       install the Debian packages the build and tests need
#   make check      deps, build, unit + integration tests, corpus floors
#   make check-asan the same tests under AddressSanitizer + UBSan
#   make demo       a local IMAP + SMTP server, sample school mail, one run
#   make bench      throughput and memory against their references
#   make fuzz       libFuzzer targets (clang)
#   make install    PREFIX=/usr/local DESTDIR=
#
# Sources are found by wildcard: a new lib/*.c, cli/*.c, daemon/*.c or
# tests/unit/test_*.c is built without touching this file.

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
SBINDIR    ?= $(PREFIX)/sbin
MANDIR     ?= $(PREFIX)/share/man
DATADIR    ?= $(PREFIX)/share/ptrail
SYSCONFDIR ?= /etc
UNITDIR    ?= $(PREFIX)/lib/systemd/system
USERUNITDIR?= $(PREFIX)/lib/systemd/user

# O is where objects and binaries go; the plain build puts the binaries at
# the top so that ./ptrail and ./ptraild work from a checkout.
O ?= .
OBJ := $(O)/obj

CC ?= cc
PKGS := libetpan libcurl sqlite3 libical libxml-2.0 json-c inih libmicrohttpd gnutls
# libcurl is compiled against but not linked: ptraild loads it when it first
# sends a letter (daemon/curl_lazy.c), by the soname of the libcurl.so that
# would have been linked. Its library tree was 2.9 MB resident in every run.
LINK_PKGS := $(filter-out libcurl,$(PKGS))
CURL_SONAME := $(shell readelf -d "$$(pkg-config --variable=libdir libcurl 2>/dev/null)/libcurl.so" 2>/dev/null | sed -n 's/.*SONAME.*\[\(.*\)\].*/\1/p')
# pkg-config is asked when this file is read. On a machine that has never
# built ptrail the libraries are not there yet, so every target that
# installs them (check, demo, bench, fuzz) runs `deps` first and then a
# fresh $(MAKE), which reads this file again and finds them.
PKG_OK     := $(shell pkg-config --exists $(PKGS) 2>/dev/null && echo yes)
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# Debian's libetpan.pc adds -specs=no-pie-link.specs, which silently links a
# non-PIE binary: drop it and ask for PIE ourselves.
PKG_LIBS := $(filter-out -specs=%,$(shell pkg-config --libs $(LINK_PKGS) 2>/dev/null)) -lm -pthread -ldl

WARN     := -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wno-format-nonliteral
HARDEN   := -fPIE -fstack-protector-strong -D_FORTIFY_SOURCE=2
CFLAGS   ?= -O2 -g
SAN      ?=
ifeq ($(SAN),1)
  # the user's CFLAGS stay; these come after them and win
  CFLAGS  += -O1 -g -fno-omit-frame-pointer
  HARDEN  := -fPIE
  SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined
endif
ALL_CFLAGS  := -std=gnu11 $(CFLAGS) $(WARN) $(HARDEN) $(SANFLAGS) -Ilib -I. $(PKG_CFLAGS) -DPTRAIL_DATADIR='"$(DATADIR)"' \
  $(if $(CURL_SONAME),-DCURL_SONAME='"$(CURL_SONAME)"')
ALL_LDFLAGS := -pie -Wl,-z,relro -Wl,-z,now $(SANFLAGS) $(LDFLAGS)

LIB_SRC    := $(wildcard lib/*.c lib/*/*.c)
CLI_SRC    := $(wildcard cli/*.c)
DAEMON_SRC := $(wildcard daemon/*.c)
UNIT_SRC   := $(wildcard tests/unit/test_*.c)

LIB_OBJ    := $(LIB_SRC:%.c=$(OBJ)/%.o) $(OBJ)/gen/schemas.o
SCHEMA_SQL := schemas/ledger.sql $(sort $(wildcard schemas/[0-9][0-9][0-9]-*.sql))
CLI_OBJ    := $(CLI_SRC:%.c=$(OBJ)/%.o)
DAEMON_OBJ := $(DAEMON_SRC:%.c=$(OBJ)/%.o)
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(OBJ)/tests/%)
LIBPTRAIL  := $(OBJ)/libptrail.a

PTRAIL  := $(O)/ptrail
PTRAILD := $(O)/ptraild

# Test switches (PTRAIL_TEST_*: die at a chosen point, ...) are compiled
# only into ptraild-test, never into ptraild or what make install copies
# (curl keeps such switches to debug builds). Only the daemon files that
# hold a switch are compiled again, with -DPTRAIL_TEST_HOOKS, in their own
# folder; tests/run.sh names the binary PTRAILD_TEST.
PTRAILD_TEST := $(O)/ptraild-test
HOOK_SRC     := $(shell grep -l PTRAIL_TEST_HOOKS $(DAEMON_SRC) 2>/dev/null)
HOOK_OBJ     := $(HOOK_SRC:%.c=$(OBJ)/hooks/%.o)

.PHONY: unit-bins test-bins all deps check check-asan demo bench fuzz pkgs-present \
        install uninstall clean lint-man
all: $(PTRAIL) $(PTRAILD)
unit-bins: $(UNIT_BIN)
test-bins: $(UNIT_BIN) $(PTRAILD_TEST)

$(OBJ)/%.o: %.c $(wildcard lib/*/*.h daemon/*.h cli/*.h) | pkgs-present
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# A build without the libraries would stop at the first #include with a
# message that names a header, not the cause: say the cause instead.
pkgs-present:
	@if [ "$(PKG_OK)" != yes ]; then \
	  echo "make: pkg-config does not find: $$(for p in $(PKGS); do pkg-config --exists $$p 2>/dev/null || printf '%s ' $$p; done)"; \
	  echo "make: run 'make deps' first (make check, make demo and make bench run it for you)"; \
	  exit 1; fi

# The schema steps are compiled in: a binary always knows the ledger it writes.
$(OBJ)/gen/schemas.c: $(SCHEMA_SQL) schemas/embed.sh
	@mkdir -p $(dir $@)
	sh schemas/embed.sh $(SCHEMA_SQL) > $@.tmp && mv $@.tmp $@

$(OBJ)/gen/schemas.o: $(OBJ)/gen/schemas.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBPTRAIL): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(PTRAIL): $(CLI_OBJ) $(LIBPTRAIL)
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(LIBPTRAIL) $(PKG_LIBS)

$(PTRAILD): $(DAEMON_OBJ) $(LIBPTRAIL)
	$(CC) $(ALL_LDFLAGS) -o $@ $(DAEMON_OBJ) $(LIBPTRAIL) $(PKG_LIBS)

$(OBJ)/hooks/%.o: %.c $(wildcard lib/*/*.h daemon/*.h cli/*.h) | pkgs-present
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DPTRAIL_TEST_HOOKS -c -o $@ $<

$(PTRAILD_TEST): $(filter-out $(HOOK_SRC:%.c=$(OBJ)/%.o),$(DAEMON_OBJ)) $(HOOK_OBJ) $(LIBPTRAIL)
	$(CC) $(ALL_LDFLAGS) -o $@ $(filter-out $(HOOK_SRC:%.c=$(OBJ)/%.o),$(DAEMON_OBJ)) \
	  $(HOOK_OBJ) $(LIBPTRAIL) $(PKG_LIBS)

$(OBJ)/tests/%: tests/unit/%.c $(LIBPTRAIL) $(wildcard tests/unit/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBPTRAIL) $(PKG_LIBS) -lcmocka

# --- Debian packages -------------------------------------------------------
DEB_PKGS := build-essential pkg-config tzdata ca-certificates \
  libetpan-dev libsasl2-modules libcurl4-gnutls-dev libsqlite3-dev sqlite3 libical-dev \
  libcmocka-dev libxml2-dev libjson-c-dev libinih-dev \
  libmicrohttpd-dev libgnutls28-dev gnutls-bin \
  dovecot-imapd python3 python3-aiosmtpd python3-icalendar mandoc isync notmuch \
  clang libclang-rt-14-dev openssl procps psmisc util-linux curl bc \
  chromium poppler-utils
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

deps:
	@missing=$$(for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# --- tests -------------------------------------------------------------------
# tests/run.sh runs every unit binary and integration script, and closes with
# "N passed, N failed".
# Each of these installs the packages first, then builds in a new $(MAKE)
# (see PKG_OK above): so each works as the first command on a new machine,
# with -j too.
check: deps
	$(MAKE) all test-bins
	tests/run.sh $(O)

check-asan: deps
	$(MAKE) O=build-asan SAN=1 all test-bins
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  tests/run.sh build-asan

demo: deps
	$(MAKE) all
	tests/demo/run.sh

bench: deps
	$(MAKE) all
	bench/run.sh $(O)

# The fuzz targets link the core's reading floors, from this file's list.
FUZZ_SRC := $(filter lib/base/% lib/mail/% lib/extract/%,$(LIB_SRC))
fuzz: deps
	FUZZ_SRC="$(FUZZ_SRC)" PKGS="$(PKGS)" tests/fuzz/run.sh

lint-man:
	@for m in docs/*.[158]; do mandoc -Tlint -Wwarning $$m || exit 1; done

# --- install -----------------------------------------------------------------
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SBINDIR) $(DESTDIR)$(DATADIR) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man8 \
	  $(DESTDIR)$(UNITDIR) $(DESTDIR)$(USERUNITDIR)
	install -m 0755 $(PTRAIL) $(DESTDIR)$(BINDIR)/ptrail
	install -m 0755 $(PTRAILD) $(DESTDIR)$(SBINDIR)/ptraild
	install -m 0644 ptrail.conf.example $(DESTDIR)$(DATADIR)/ptrail.conf.example
	install -m 0644 docs/*.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 docs/*.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 0644 docs/*.8 $(DESTDIR)$(MANDIR)/man8/
	for u in systemd/*.service; do \
	  sed 's#/usr/local/sbin/ptraild#$(SBINDIR)/ptraild#' $$u > $(DESTDIR)$(UNITDIR)/$$(basename $$u); done
	sed 's#/usr/local/sbin/ptraild#$(SBINDIR)/ptraild#' systemd/user/ptraild.service \
	  > $(DESTDIR)$(USERUNITDIR)/ptraild.service

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ptrail $(DESTDIR)$(SBINDIR)/ptraild
	rm -f $(DESTDIR)$(MANDIR)/man1/ptrail.1 $(DESTDIR)$(MANDIR)/man5/ptrail.conf.5 \
	  $(DESTDIR)$(MANDIR)/man8/ptraild.8
	rm -f $(DESTDIR)$(UNITDIR)/ptraild.service $(DESTDIR)$(UNITDIR)/ptraild@.service \
	  $(DESTDIR)$(USERUNITDIR)/ptraild.service
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf obj build-asan ptrail ptraild ptraild-test
