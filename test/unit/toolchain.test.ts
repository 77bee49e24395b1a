import { describe, expect, it } from 'vitest';
import {
  checkJava,
  checkJavac,
  checkMaven,
  parseJavaMajor,
  ToolchainError,
} from '../../src/neo4j/local/toolchain.js';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no version here', undefined],
  ])('reads %j as %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('a missing toolchain', () => {
  it('says Java is missing and what to do', () => {
    const env = { ...process.env, JAVA_HOME: '/nonexistent/jdk' };
    expect(() => checkJava(env)).toThrow(ToolchainError);
    expect(() => checkJava(env)).toThrow(
      /Java was not found \(\/nonexistent\/jdk\/bin\/java\).*JDK 17.*NEO4J_URI/s,
    );
  });

  it('says Maven is missing and what to do', () => {
    const env = { ...process.env, PATH: '/nonexistent' };
    expect(() => checkMaven(env)).toThrow(/Maven was not found.*apt-get install maven.*NEO4J_URI/s);
  });

  it('says javac is missing (a Java runtime without a JDK) and what to do', () => {
    const env = { ...process.env, JAVA_HOME: '/nonexistent/jre' };
    expect(() => checkJavac(env)).toThrow(
      /javac was not found \(\/nonexistent\/jre\/bin\/javac\).*not a bare Java runtime.*NEO4J_URI/s,
    );
  });
});
