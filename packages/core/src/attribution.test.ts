import { describe, expect, it } from 'vitest';
import { attributionAttributes, toolOrigin, toolOriginAttributes } from './attribution.js';

describe('attribution', () => {
  it('should name who and where under OpenTelemetry names, leaving out what is unknown', () => {
    expect(
      attributionAttributes({
        user: 'ada',
        team: 'platform',
        git: { repositoryUrl: 'https://h/o/r.git', branch: 'main', revision: 'a'.repeat(40) },
      }),
    ).toEqual({
      'user.id': 'ada',
      'glassbox.team': 'platform',
      'vcs.repository.url.full': 'https://h/o/r.git',
      'vcs.ref.head.name': 'main',
      'vcs.ref.head.revision': 'a'.repeat(40),
    });
    expect(attributionAttributes({ user: 'ada' })).toEqual({ 'user.id': 'ada' });
  });

  it('should attribute a tool to its MCP server, plugin or skill', () => {
    expect(toolOrigin('Bash')).toEqual({});
    expect(toolOrigin('mcp__github__create_issue')).toEqual({ mcpServer: 'github', mcpTool: 'create_issue' });
    expect(toolOrigin('mcp__plugin_deploy_k8s__apply')).toEqual({
      plugin: 'deploy',
      mcpServer: 'k8s',
      mcpTool: 'apply',
    });
    expect(toolOrigin('Skill', 'review')).toEqual({ skill: 'review' });
    expect(toolOriginAttributes(toolOrigin('Skill', 'acme:lint'))).toEqual({
      'skill.name': 'acme:lint',
      'plugin.name': 'acme',
    });
  });
});
