# Ohai plugin: the attribute node['netstatx'] (tcp_listen, udp_listen, listeners, diagnostics), from
# `netstatx --facts`. Put this file in an Ohai plugin directory (a cookbook's ohai/ directory with the
# ohai cookbook, or Ohai's plugin_path such as /etc/chef/ohai/plugins) and run `ohai -d DIR netstatx`.
#
# Where netstatx is found: $NETSTATX_HOME/netstatx (netstatx.cmd on Windows), else NETSTATX_LAUNCHER
# below (integrations/install-facts.sh ohai writes the launcher's full path there), else netstatx on PATH.
require 'json'

NETSTATX_LAUNCHER=''

Ohai.plugin(:Netstatx) do
  provides 'netstatx'

  def netstatx_launcher
    windows = RUBY_PLATFORM =~ /mswin|mingw|windows/
    home = ENV['NETSTATX_HOME']
    return File.join(home, windows ? 'netstatx.cmd' : 'netstatx') if home && !home.empty?
    return NETSTATX_LAUNCHER unless NETSTATX_LAUNCHER.empty?

    windows ? 'netstatx.cmd' : 'netstatx'
  end

  collect_data(:default) do
    so = shell_out([netstatx_launcher, '--facts'], timeout: 120)
    if so.exitstatus == 0
      netstatx Mash.new(JSON.parse(so.stdout)['netstatx'])
    else
      logger.warn("Plugin Netstatx: netstatx --facts failed (exit #{so.exitstatus}): #{so.stderr.strip}")
    end
  end
end
