import type * as React from 'react';
import { Star } from '@strapi/icons';
import { styled } from 'styled-components';

const Slot = styled.span<{ $size: string }>`
  position: relative;
  display: inline-block;
  width: ${({ $size }) => $size};
  height: ${({ $size }) => $size};
  svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
`;

const Fill = styled.span<{ $fill: number }>`
  position: absolute;
  inset: 0;
  overflow: hidden;
  width: ${({ $fill }) => $fill * 100}%;
`;

/** One star of a rating, filled `fill` (0 to 1) from the left; the star input puts its click targets inside. */
export const StarGlyph = ({ fill, size = '2.8rem', children }: { fill: number; size?: string; children?: React.ReactNode }) => (
  <Slot $size={size} aria-hidden>
    <Star fill="neutral300" />
    <Fill $fill={Math.min(Math.max(fill, 0), 1)}>
      <Star fill="warning500" />
    </Fill>
    {children}
  </Slot>
);
